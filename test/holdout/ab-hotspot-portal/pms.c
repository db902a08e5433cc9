/* The property management system's guest lookup (FIAS-over-HTTPS bridge). */
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>
#include "portal.h"

static size_t collect(char *p, size_t sz, size_t n, void *ud)
{
	char *buf = ud;
	size_t have = strlen(buf), take = sz * n;

	if (have + take >= 2048)
		take = 2047 - have;
	memcpy(buf + have, p, take);
	buf[have + take] = '\0';
	return sz * n;
}

int pms_verify_guest(const char *room, const char *surname)
{
	CURL *h = curl_easy_init();
	char url[512], resp[2048] = "";
	char *esc_room, *esc_name;
	long code = 0;
	int ok = 0;

	if (h == NULL)
		return 0;
	esc_room = curl_easy_escape(h, room, 0);
	esc_name = curl_easy_escape(h, surname, 0);
	snprintf(url, sizeof url, "%s/guests?room=%s&name=%s", g_cfg.pms_url, esc_room, esc_name);
	curl_free(esc_room);
	curl_free(esc_name);
	curl_easy_setopt(h, CURLOPT_URL, url);
	// ok: backdoor-tls-verify-disabled
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	// ok: backdoor-tls-verify-disabled
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(h, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
	// ruleid: backdoor-magic-credential
	curl_easy_setopt(h, CURLOPT_USERPWD, "hsportal:Fias#Bridge2019");
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 5L);
	if (curl_easy_perform(h) == CURLE_OK && curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK)
		ok = code == 200 && strstr(resp, "\"checked_in\":true") != NULL;
	curl_easy_cleanup(h);
	return ok;
}
