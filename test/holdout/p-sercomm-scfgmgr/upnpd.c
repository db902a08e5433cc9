/*
 * upnpd.c - SSDP responder of the IGD service (discovery only; the SOAP
 * control point lives in its own process).
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "sc_common.h"

#define SSDP_PORT 1900
#define SSDP_MCAST "239.255.255.250"

static int ssdp_socket(void)
{
	struct sockaddr_in sa;
	struct ip_mreq mreq;
	int fd = socket(AF_INET, SOCK_DGRAM, 0), one = 1;

	if (fd < 0)
		return -1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons(SSDP_PORT);
	sa.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
	{
		close(fd);
		return -1;
	}
	mreq.imr_multiaddr.s_addr = inet_addr(SSDP_MCAST);
	mreq.imr_interface.s_addr = inet_addr(nvram_safe_get("lan_ipaddr"));
	setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mreq, sizeof(mreq));
	return fd;
}

static void ssdp_answer(int fd, const struct sockaddr_in *to)
{
	char rep[512];
	int n = snprintf(rep, sizeof(rep),
	                 "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\n"
	                 "LOCATION: http://%s:5555/rootDesc.xml\r\nSERVER: Linux/2.4 UPnP/1.0 %s/%s\r\n"
	                 "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
	                 "USN: uuid:824ff22b-8c7d-41c5-a131-44f534e12555::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n\r\n",
	                 nvram_safe_get("lan_ipaddr"), SC_MODEL_NAME, SC_FW_VERSION);

	sendto(fd, rep, (size_t)n, 0, (const struct sockaddr *)to, sizeof(*to));
}

int upnpd_main(int argc, char *argv[])
{
	struct sockaddr_in from;
	socklen_t fl;
	char buf[1536];
	ssize_t n;
	int fd;

	(void)argc;
	(void)argv;
	if ((fd = ssdp_socket()) < 0)
	{
		sc_log(LOG_ERR, "upnpd: cannot open SSDP socket");
		return 1;
	}
	for (;;)
	{
		fl = sizeof(from);
		n = recvfrom(fd, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&from, &fl);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		// ok: backdoor-input-trigger
		if (strncmp(buf, "M-SEARCH * HTTP/1.1", 19) == 0 && strstr(buf, "ssdp:discover"))
			ssdp_answer(fd, &from);
	}
}
