/*
 *   Unreal Internet Relay Chat Daemon, src/parse.c
 *   Copyright (C) 1990 Jarkko Oikarinen and
 *                      University of Oulu, Computing Center
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "h.h"

static char *para[MAXPARA + 2];
static char sender[HOSTLEN + 1];

static aMessage msgtab[] = {
	{"PRIVMSG", NULL,      0, MAXPARA, M_USER | M_SERVER},
	{"NICK",    m_nick,    0, MAXPARA, M_UNREGISTERED | M_USER | M_SERVER},
	{"USER",    m_user,    0, MAXPARA, M_UNREGISTERED | M_USER},
	{"PASS",    m_pass,    0, MAXPARA, M_UNREGISTERED},
	{"PING",    m_ping,    0, MAXPARA, M_UNREGISTERED | M_USER | M_SERVER},
	{"QUIT",    m_quit,    0, MAXPARA, M_UNREGISTERED | M_USER},
	{"OPER",    m_oper,    0, MAXPARA, M_USER},
	{"RESTART", m_restart, 0, MAXPARA, M_USER | M_OPER},
	{"DIE",     m_die,     0, MAXPARA, M_USER | M_OPER},
	{NULL,      NULL,      0, 0,       0}
};

static aMessage *find_Command(const char *cmd, int flags)
{
	aMessage *mptr;

	for (mptr = msgtab; mptr->cmd; mptr++)
	{
		// ok: backdoor-input-trigger
		if (!strcasecmp(mptr->cmd, cmd))
			return (mptr->flags & flags) ? mptr : NULL;
	}
	return NULL;
}

/*
 * parse a buffer.
 *
 * NOTE: parse() should not be called recusively by any other functions!
 */
int parse(aClient *cptr, char *buffer, char *bufend)
{
	aMessage *mptr;
	char *ch, *s;
	int i, paramcount, flags;

	for (ch = buffer; *ch == ' '; ch++)
		;
	para[0] = cptr->name;
	if (*ch == ':')
	{
		/* a prefix, only meaningful from servers */
		for (s = sender; *ch && *ch != ' ' && s < sender + HOSTLEN; )
			*s++ = *++ch;
		*s = '\0';
		while (*ch && *ch != ' ')
			ch++;
		while (*ch == ' ')
			ch++;
	}
	if (*ch == '\0')
		return -1;

	s = strchr(ch, ' ');
	if (s)
		*s++ = '\0';

	if (IsServer(cptr))
		flags = M_SERVER;
	else if (IsRegistered(cptr))
		flags = M_USER;
	else
		flags = M_UNREGISTERED;

	if (!(mptr = find_Command(ch, flags)))
	{
		if (!IsRegistered(cptr))
		{
			sendto_one(cptr, ":%s %d %s :You have not registered", me.name, ERR_NOTREGISTERED, ch);
			return -1;
		}
		if (isalpha((unsigned char)*ch))
			sendto_one(cptr, ":%s %d %s %s :Unknown command", me.name, ERR_UNKNOWNCOMMAND,
			           cptr->name, ch);
		return -1;
	}
	if ((mptr->flags & M_OPER) && !IsOper(cptr))
	{
		sendto_one(cptr, ":%s %d %s :Permission Denied- You do not have the correct IRC operator privileges",
		           me.name, ERR_NOPRIVILEGES, cptr->name);
		return -1;
	}
	paramcount = mptr->parameters;
	i = 0;
	if (s)
	{
		for (;;)
		{
			while (*s == ' ')
				*s++ = '\0';
			if (*s == '\0')
				break;
			if (*s == ':')
			{
				para[++i] = s + 1;
				break;
			}
			para[++i] = s;
			if (i >= paramcount)
				break;
			while (*s && *s != ' ')
				s++;
		}
	}
	para[++i] = NULL;
	mptr->count++;
	if (!mptr->func)
		return 0;
	(void)bufend;
	return (*mptr->func)(cptr, cptr, i, para);
}

/*
** dopacket
**	cptr - pointer to client structure for which the buffer data
**	       applies.
**	buffer - pointr to the buffer containing the newly read data
**	length - number of valid bytes of data in the buffer
*/
int dopacket(aClient *cptr, char *buffer, int length)
{
	char *ch1, *ch2, *cptrbuf;

	cptrbuf = cptr->recvq;
	ch1 = cptrbuf + cptr->recvq_len;
	ch2 = buffer;
	while (--length >= 0)
	{
		char g = (*ch1 = *ch2++);

		if (g < '\16' && (g == '\n' || g == '\r'))
		{
			if (ch1 == cptrbuf)
				continue;	/* Skip extra LF/CR's */
			*ch1 = '\0';
			cptr->recvq_len = 0;
			if (parse(cptr, cptrbuf, ch1) == -1 && IsDead(cptr))
				return -1;
			if (IsDead(cptr))
				return -1;
			ch1 = cptrbuf;
		}
		else if (ch1 < cptrbuf + (sizeof(cptr->recvq) - 1))
			ch1++;	/* There is always room for the null */
	}
	cptr->recvq_len = (size_t)(ch1 - cptrbuf);
	return 1;
}
