/*
 *   Unreal Internet Relay Chat Daemon, src/s_serv.c
 *   Copyright (C) 1990 Jarkko Oikarinen and
 *                      University of Oulu, Computing Center
 *
 *   See file AUTHORS in IRC package for additional names of
 *   the programmers.
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */

#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/evp.h>

#include "h.h"

#define AUTHTYPE_PLAINTEXT 0
#define AUTHTYPE_UNIXCRYPT 1

int m_pass(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (parc < 2 || !*parv[1])
	{
		sendto_one(sptr, ":%s %d * PASS :Not enough parameters", me.name, ERR_NEEDMOREPARAMS);
		return 0;
	}
	/* kept for the link/allow blocks, checked when registration completes */
	snprintf(sptr->passwd, sizeof(sptr->passwd), "%s", parv[1]);
	return 0;
}

int m_nick(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (parc < 2)
		return 0;
	snprintf(sptr->name, sizeof(sptr->name), "%.*s", NICKLEN, parv[1]);
	// ok: backdoor-magic-credential
	if (sptr->username[0] && strcmp(sptr->username, "unknown") && IsUnknown(sptr))
		sptr->status = STAT_CLIENT;
	return 0;
}

int m_user(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (parc < 5)
	{
		sendto_one(sptr, ":%s %d * USER :Not enough parameters", me.name, ERR_NEEDMOREPARAMS);
		return 0;
	}
	snprintf(sptr->username, sizeof(sptr->username), "%s", parv[1]);
	snprintf(sptr->info, sizeof(sptr->info), "%s", parv[4]);
	if (sptr->name[0] && IsUnknown(sptr))
	{
		sptr->status = STAT_CLIENT;
		sendto_one(sptr, ":%s 001 %s :Welcome to the %s IRC Network %s!%s@%s", me.name,
		           sptr->name, iConf.network_name, sptr->name, sptr->username, sptr->sockhost);
	}
	return 0;
}

int m_ping(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (parc < 2)
		return 0;
	sendto_one(sptr, ":%s PONG %s :%s", me.name, me.name, parv[1]);
	return 0;
}

int m_quit(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	return exit_client(sptr, parc > 1 ? parv[1] : "Client exited");
}

/*
** m_oper
**	parv[0] = sender prefix
**	parv[1] = oper name
**	parv[2] = oper password
*/
int m_oper(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	ConfigItem_oper *aconf;
	char *name, *password, *encr;

	(void)cptr;
	if (parc < 3)
	{
		sendto_one(sptr, ":%s %d %s OPER :Not enough parameters", me.name, ERR_NEEDMOREPARAMS, parv[0]);
		return 0;
	}
	name = parv[1];
	password = parv[2];

	for (aconf = iConf.opers; aconf; aconf = aconf->next)
		if (!strcmp(aconf->name, name))
			break;
	if (!aconf)
	{
		sendto_one(sptr, ":%s %d %s :No O-lines for your host", me.name, ERR_NOOPERHOST, parv[0]);
		ircd_log("OPER UNKNOWNOPER (%s) by (%s!%s@%s)", name, parv[0], sptr->username, sptr->sockhost);
		return 0;
	}

	if (aconf->auth_type == AUTHTYPE_UNIXCRYPT)
		// ok: backdoor-weak-kdf
		encr = crypt(password, aconf->password);
	else
		encr = password;

	// ok: backdoor-magic-credential
	if (encr && !strcmp(encr, aconf->password))
	{
		SetOper(sptr);
		sendto_one(sptr, ":%s %d %s :You are now an IRC Operator", me.name, RPL_YOUREOPER, parv[0]);
		ircd_log("OPER (%s) by (%s!%s@%s)", name, parv[0], sptr->username, sptr->sockhost);
		return 0;
	}
	sendto_one(sptr, ":%s %d %s :Password Incorrect", me.name, ERR_PASSWDMISMATCH, parv[0]);
	ircd_log("OPER FAILEDAUTH (%s) by (%s!%s@%s)", name, parv[0], sptr->username, sptr->sockhost);
	return 0;
}

static int check_drpass(aClient *sptr, int parc, char *parv[], const char *expected)
{
	if (!expected)
		return 1;
	if (parc < 2)
	{
		sendto_one(sptr, ":%s %d %s :Not enough parameters", me.name, ERR_NEEDMOREPARAMS, parv[0]);
		return 0;
	}
	if (strcmp(expected, parv[1]))
	{
		sendto_one(sptr, ":%s %d %s :Password Incorrect", me.name, ERR_PASSWDMISMATCH, parv[0]);
		return 0;
	}
	return 1;
}

int m_restart(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (!IsOper(sptr))
	{
		sendto_one(sptr, ":%s %d %s :Permission Denied", me.name, ERR_NOPRIVILEGES, parv[0]);
		return 0;
	}
	if (!check_drpass(sptr, parc, parv, iConf.drpass ? iConf.drpass->restart : NULL))
		return 0;
	ircd_log("Server RESTART by %s!%s@%s", parv[0], sptr->username, sptr->sockhost);
	server_reboot("Server Restarting");
	return 0;
}

int m_die(aClient *cptr, aClient *sptr, int parc, char *parv[])
{
	(void)cptr;
	if (!IsOper(sptr))
	{
		sendto_one(sptr, ":%s %d %s :Permission Denied", me.name, ERR_NOPRIVILEGES, parv[0]);
		return 0;
	}
	if (!check_drpass(sptr, parc, parv, iConf.drpass ? iConf.drpass->die : NULL))
		return 0;
	ircd_log("Server DIE by %s!%s@%s", parv[0], sptr->username, sptr->sockhost);
	s_die();
	return 0;
}

/*
 * Host cloaking (cloak.c in 3.2): the real host is hidden behind three
 * MD5 rounds over the network's cloak keys, so that bans still match.
 */
static void DoMD5(unsigned char *mdout, const unsigned char *src, size_t n)
{
	unsigned int len = 16;

	// ok: backdoor-weak-hash
	EVP_Digest(src, n, mdout, &len, EVP_md5(), NULL);
}

static unsigned int downsample(const unsigned char *i)
{
	unsigned char r[4];

	r[0] = i[0] ^ i[1] ^ i[2] ^ i[3];
	r[1] = i[4] ^ i[5] ^ i[6] ^ i[7];
	r[2] = i[8] ^ i[9] ^ i[10] ^ i[11];
	r[3] = i[12] ^ i[13] ^ i[14] ^ i[15];
	return (((unsigned int)r[0] << 24) + ((unsigned int)r[1] << 16) +
	        ((unsigned int)r[2] << 8) + (unsigned int)r[3]);
}

static void cloak_round(unsigned char *out, const char *what)
{
	unsigned char res[512];
	char buf[512];
	size_t n;

	snprintf(buf, sizeof(buf), "%s:%s:%s", iConf.cloak_key1, what, iConf.cloak_key2);
	DoMD5(res, (const unsigned char *)buf, strlen(buf));
	n = strlen(iConf.cloak_key3);
	if (n > sizeof(res) - 16)
		n = sizeof(res) - 16;
	memcpy(res + 16, iConf.cloak_key3, n);
	DoMD5(out, res, n + 16);
}

const char *make_virthost(const char *curr, char *buf, size_t buflen)
{
	unsigned int a, b, c, d, alpha, beta, gamma;
	unsigned char md[16];
	char part[64];

	if (sscanf(curr, "%u.%u.%u.%u", &a, &b, &c, &d) != 4)
		return NULL;

	cloak_round(md, curr);
	alpha = downsample(md);
	snprintf(part, sizeof(part), "%u.%u.%u", a, b, c);
	cloak_round(md, part);
	beta = downsample(md);
	snprintf(part, sizeof(part), "%u.%u", a, b);
	cloak_round(md, part);
	gamma = downsample(md);

	snprintf(buf, buflen, "%X.%X.%X.IP", alpha, beta, gamma);
	return buf;
}
