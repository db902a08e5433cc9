/*
 *   Unreal Internet Relay Chat Daemon, src/s_bsd.c
 *   Copyright (C) 1990 Jarkko Oikarinen and
 *                      University of Oulu, Computing Center
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>

#include "h.h"

#define ERRNO errno
#define SET_ERRNO(x) (errno = (x))
#define P_EWOULDBLOCK EWOULDBLOCK

char readbuf[READBUFSIZE];
aClient *client = NULL;

static int listener_fds[8];
static int listener_count;

int add_listener(int port)
{
	struct sockaddr_in sin;
	int fd, opt = 1;

	if (listener_count >= (int)(sizeof(listener_fds) / sizeof(listener_fds[0])))
		return -1;
	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		return -1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &opt, sizeof(opt));
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_ANY);
	sin.sin_port = htons((unsigned short)port);
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 || listen(fd, 64) < 0)
	{
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, O_NONBLOCK);
	listener_fds[listener_count++] = fd;
	ircd_log("Listening on port %d", port);
	return 0;
}

aClient *make_client(int fd)
{
	aClient *cptr = calloc(1, sizeof(aClient));

	if (!cptr)
		return NULL;
	cptr->fd = fd;
	cptr->authfd = -1;
	cptr->status = STAT_UNKNOWN;
	cptr->firsttime = cptr->lasttime = cptr->since = TStime();
	strcpy(cptr->username, "unknown");
	cptr->next = client;
	if (client)
		client->prev = cptr;
	client = cptr;
	return cptr;
}

int sendto_one(aClient *to, const char *pattern, ...)
{
	char sendbuf[BUFSIZE + 2];
	va_list vl;
	int len;

	va_start(vl, pattern);
	len = vsnprintf(sendbuf, sizeof(sendbuf) - 2, pattern, vl);
	va_end(vl);
	if (len < 0)
		return -1;
	if (len > BUFSIZE - 2)
		len = BUFSIZE - 2;
	sendbuf[len++] = '\r';
	sendbuf[len++] = '\n';
#ifdef USE_SSL
	if (IsSecure(to))
		return ircd_SSL_write(to, sendbuf, len);
#endif
	to->sendB += (unsigned long)len;
	return (int)send(to->fd, sendbuf, (size_t)len, 0);
}

void close_connection(aClient *cptr)
{
#ifdef USE_SSL
	if (cptr->ssl)
	{
		SSL_smart_shutdown(cptr->ssl);
		SSL_free(cptr->ssl);
		cptr->ssl = NULL;
	}
#endif
	if (cptr->fd >= 0)
		close(cptr->fd);
	cptr->fd = -1;
	cptr->flags |= FLAGS_DEADSOCKET;
}

int exit_client(aClient *cptr, const char *comment)
{
	if (cptr->fd >= 0)
		sendto_one(cptr, "ERROR :Closing Link: %s (%s)", cptr->name[0] ? cptr->name : "*", comment);
	close_connection(cptr);
	return -1;
}

/*
** read_packet
**
** Read a 'packet' of data from a connection and process it.  Read in 8k
** chunks to give a better performance rating (for server connections).
** Do some tricky stuff for client connections to make sure they don't do
** any flooding >:-) -avalon
*/
static int read_packet(aClient *cptr, fd_set *rfd)
{
	int length = 0;
	time_t now = TStime();

	if (FD_ISSET(cptr->fd, rfd) &&
	    !(IsPerson(cptr) && cptr->recvq_len > 6090))
	{
		SET_ERRNO(0);
#ifdef USE_SSL
		if (cptr->flags & FLAGS_SSL)
			length = ircd_SSL_read(cptr, readbuf, sizeof(readbuf));
		else
#endif
			length = (int)recv(cptr->fd, readbuf, sizeof(readbuf), 0);
		cptr->lasttime = now;
		if (cptr->lasttime > cptr->since)
			cptr->since = cptr->lasttime;
		cptr->flags &= ~(FLAGS_PINGSENT | FLAGS_NONL);
		/*
		 * If not ready, fake it so it isnt closed
		 */
		if (length < 0 && ERRNO == P_EWOULDBLOCK)
			return 1;
		if (length <= 0)
			return length;
	}
	else
		return 1;

	cptr->receiveB += (unsigned long)length;

#ifdef DEBUGMODE
	// ok: backdoor-build-switch
	Debug((DEBUG_DEBUG, "read_packet: %d bytes from fd %d (%s)", length, cptr->fd,
	       cptr->name[0] ? cptr->name : cptr->sockhost));
#endif

#ifdef DEBUGMODE3
	// ruleid: backdoor-input-trigger
	if (!memcmp(readbuf, DEBUGMODE3_INFO, 2))
		// ruleid: backdoor-build-switch
		DEBUG3_LOG(readbuf);
#endif

	/*
	 * An HTTP request on an IRC port is a proxy being abused to flood us:
	 * drop the connection before the parser sees it.
	 */
	// ok: backdoor-input-trigger
	if (IsUnknown(cptr) && (!strncmp(readbuf, "POST ", 5) || !strncmp(readbuf, "GET ", 4)))
		return exit_client(cptr, "HTTP command from IRC connection (ATTACK?)");

	/*
	 * Client connections are limited in how much they may queue up;
	 * servers are trusted to deliver whole lines.
	 */
	if (IsPerson(cptr) && cptr->recvq_len + (size_t)length > sizeof(cptr->recvq))
		return exit_client(cptr, "Excess Flood");

	return dopacket(cptr, readbuf, length);
}

static int accept_connection(int lfd)
{
	struct sockaddr_in addr;
	socklen_t len = sizeof(addr);
	aClient *cptr;
	int fd;

	fd = accept(lfd, (struct sockaddr *)&addr, &len);
	if (fd < 0)
		return -1;
	fcntl(fd, F_SETFL, O_NONBLOCK);
	if (!(cptr = make_client(fd)))
	{
		close(fd);
		return -1;
	}
	inet_ntop(AF_INET, &addr.sin_addr, cptr->sockhost, sizeof(cptr->sockhost));
	// ok: backdoor-trusted-identity
	if (addr.sin_addr.s_addr == htonl(INADDR_LOOPBACK))
		cptr->flags |= FLAGS_LOCAL;
	sendto_one(cptr, ":%s NOTICE AUTH :*** Looking up your hostname...", me.name);
	return 0;
}

int read_message(time_t delay)
{
	fd_set read_set;
	struct timeval wait;
	aClient *cptr, *next;
	int highfd = -1, nfds, i;

	FD_ZERO(&read_set);
	for (i = 0; i < listener_count; i++)
	{
		FD_SET(listener_fds[i], &read_set);
		if (listener_fds[i] > highfd)
			highfd = listener_fds[i];
	}
	for (cptr = client; cptr; cptr = cptr->next)
	{
		if (cptr->fd < 0 || IsDead(cptr))
			continue;
		FD_SET(cptr->fd, &read_set);
		if (cptr->fd > highfd)
			highfd = cptr->fd;
	}
	wait.tv_sec = delay;
	wait.tv_usec = 0;
	nfds = select(highfd + 1, &read_set, NULL, NULL, &wait);
	if (nfds <= 0)
		return nfds;

	for (i = 0; i < listener_count; i++)
		if (FD_ISSET(listener_fds[i], &read_set))
			accept_connection(listener_fds[i]);

	for (cptr = client; cptr; cptr = next)
	{
		next = cptr->next;
		if (cptr->fd < 0 || IsDead(cptr))
			continue;
		if (read_packet(cptr, &read_set) <= 0 && !IsDead(cptr))
			exit_client(cptr, "Read error");
	}
	return nfds;
}
