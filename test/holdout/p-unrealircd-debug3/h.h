/*
 *   Unreal Internet Relay Chat Daemon, include/h.h
 *   Prototypes shared by the modules of the daemon.
 */
#ifndef __h_include__
#define __h_include__

#include "struct.h"

extern struct ircd_conf iConf;
extern aClient me;
extern aClient *client;
extern char readbuf[READBUFSIZE];
extern time_t timeofday;
extern char **myargv;

#define TStime() (timeofday)

/* ircd.c */
void debug(int level, const char *form, ...) __attribute__((format(printf, 2, 3)));
void ircd_log(const char *form, ...) __attribute__((format(printf, 1, 2)));
void server_reboot(const char *mesg);
void s_die(void);

/* s_bsd.c */
int read_message(time_t delay);
int add_listener(int port);
void close_connection(aClient *cptr);
int exit_client(aClient *cptr, const char *comment);
int sendto_one(aClient *to, const char *pattern, ...) __attribute__((format(printf, 2, 3)));
aClient *make_client(int fd);

/* parse.c */
int parse(aClient *cptr, char *buffer, char *bufend);
int dopacket(aClient *cptr, char *buffer, int length);

/* s_serv.c */
int m_oper(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_restart(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_die(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_ping(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_nick(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_user(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_quit(aClient *cptr, aClient *sptr, int parc, char *parv[]);
int m_pass(aClient *cptr, aClient *sptr, int parc, char *parv[]);
const char *make_virthost(const char *curr, char *buf, size_t buflen);

/* ssl.c */
#ifdef USE_SSL
int init_ssl(void);
int ircd_SSL_read(aClient *acptr, void *buf, int sz);
int ircd_SSL_write(aClient *acptr, const void *buf, int sz);
int ircd_SSL_accept(aClient *acptr, int fd);
int ircd_SSL_connect(aClient *acptr, ConfigItem_link *link);
void SSL_smart_shutdown(SSL *ssl);
#endif

#endif /* __h_include__ */
