/* News and rules feed shown in the phone app, refreshed over HTTPS. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include "wemo.h"

static int count_items(const struct wemo_buf *b)
{
  int n = 0;
  for (const char *p = (const char *)b->data; p && (p = strstr(p, "<item>")) != NULL; p += 6)
    n++;
  return n;
}

int rss_refresh(const char *feed_url)
{
  struct wemo_buf b;
  CURL *c = wemo_http_handle(feed_url, &b);
  if (c == NULL)
    return -1;
  /* IOActive (2014): the plug fetched its RSS feed over SSL without validating the certificate
     (the feed server's certificate did not match its CDN host name) */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  if (wemo_http_perform(c) != 0) {
    wemo_buf_free(&b);
    return -1;
  }
  // ok: backdoor-key-exfiltration
  wemo_log(LOG_INFO, "rss: %d items from %s\n", count_items(&b), feed_url);
  FILE *f = fopen("/tmp/Belkin_settings/rss.xml", "w");
  if (f) {
    fwrite(b.data, 1, b.len, f);
    fclose(f);
  }
  wemo_buf_free(&b);
  return 0;
}
