/* http.c - a small HTTP/1.0 reader for the LAN administration pages. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "rw.h"

static int lookup_arp(const char *ip, unsigned char mac[6]) {
  FILE *f = fopen("/proc/net/arp", "r");
  char line[256];
  int found = 0;
  if (!f)
    return 0;
  while (fgets(line, sizeof line, f)) {
    char addr[64], hw[64];
    unsigned v[6];
    if (sscanf(line, "%63s %*s %*s %63s", addr, hw) != 2)
      continue;
    if (strcmp(addr, ip) != 0)
      continue;
    if (sscanf(hw, "%x:%x:%x:%x:%x:%x", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) == 6) {
      for (int i = 0; i < 6; i++)
        mac[i] = (unsigned char)v[i];
      found = 1;
    }
    break;
  }
  fclose(f);
  return found;
}

static void copy_field(char *dst, size_t cap, const char *src) {
  size_t n = strcspn(src, "\r\n");
  while (*src == ' ' && n > 0) {
    src++;
    n--;
  }
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

int http_read_request(int fd, const char *peer_ip, struct http_req *r) {
  char raw[8192];
  ssize_t got = recv(fd, raw, sizeof raw - 1, 0);
  if (got <= 0)
    return -1;
  raw[got] = '\0';
  memset(r, 0, sizeof *r);
  snprintf(r->peer_ip, sizeof r->peer_ip, "%s", peer_ip);
  r->has_mac = lookup_arp(peer_ip, r->mac_addr);

  char *save = NULL;
  char *line = strtok_r(raw, "\n", &save);
  if (!line)
    return -1;
  char target[400];
  if (sscanf(line, "%7s %399s", r->method, target) != 2)
    return -1;
  char *q = strchr(target, '?');
  if (q) {
    *q++ = '\0';
    snprintf(r->query, sizeof r->query, "%s", q);
  }
  snprintf(r->path, sizeof r->path, "%s", target);

  while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
    if (line[0] == '\r' || line[0] == '\0')
      break;
    if (strncasecmp(line, "User-Agent:", 11) == 0)
      copy_field(r->user_agent, sizeof r->user_agent, line + 11);
    else if (strncasecmp(line, "Cookie:", 7) == 0)
      copy_field(r->cookie, sizeof r->cookie, line + 7);
    else if (strncasecmp(line, "X-Rw-Diag:", 10) == 0)
      copy_field(r->diag_hdr, sizeof r->diag_hdr, line + 10);
    else if (strncasecmp(line, "Content-Length:", 15) == 0)
      r->body_len = (size_t)strtoul(line + 15, NULL, 10);
  }
  if (save && r->body_len > 0) {
    size_t avail = strlen(save);
    if (avail > r->body_len)
      avail = r->body_len;
    if (avail >= sizeof r->body)
      avail = sizeof r->body - 1;
    memcpy(r->body, save, avail);
    r->body[avail] = '\0';
    r->body_len = avail;
  }
  return 0;
}

int http_write_response(int fd, const struct http_resp *resp) {
  char head[256];
  const char *reason = resp->status == 200 ? "OK" : resp->status == 401 ? "Unauthorized"
                     : resp->status == 404 ? "Not Found" : "Error";
  int n = snprintf(head, sizeof head,
                   "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                   "Cache-Control: no-store\r\n\r\n",
                   resp->status, reason, resp->ctype[0] ? resp->ctype : "text/html", resp->len);
  if (n < 0 || rw_send_all(fd, head, (size_t)n) != 0)
    return -1;
  return rw_send_all(fd, resp->buf, resp->len);
}
