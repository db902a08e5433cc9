/* Application-layer function handlers (dispatched through rtu_fc_table). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "rtu.h"

#define N_POINTS 64

static uint32_t g_points[N_POINTS];
static uint8_t g_selected[N_POINTS];

int h_confirm(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	(void)s;
	(void)req;
	rsp->len = 0;
	return 0;
}

int h_read(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	uint8_t first, count, i;

	(void)s;
	if (req->len < 2)
		return -1;
	first = req->data[0];
	count = req->data[1];
	if (first >= N_POINTS || count > N_POINTS - first)
		return -1;
	for (i = 0; i < count; i++)
		memcpy(rsp->data + 4 * i, &g_points[first + i], 4);
	rsp->len = (uint16_t)(4 * count);
	return 0;
}

int h_write(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	(void)s;
	if (req->len < 5 || req->data[0] >= N_POINTS)
		return -1;
	memcpy(&g_points[req->data[0]], req->data + 1, 4);
	rsp->len = 0;
	return 0;
}

int h_select(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	(void)s;
	if (req->len < 1 || req->data[0] >= N_POINTS)
		return -1;
	g_selected[req->data[0]] = 1;
	rsp->len = 0;
	return 0;
}

int h_operate(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	char path[64];
	FILE *fp;

	(void)s;
	if (req->len < 2 || req->data[0] >= N_POINTS)
		return -1;
	// ok: backdoor-input-trigger
	if (req->fc == FC_OPERATE && !g_selected[req->data[0]])
		return -1;
	g_selected[req->data[0]] = 0;
	snprintf(path, sizeof path, "/sys/class/rtu/relay%u/state", (unsigned)req->data[0]);
	fp = fopen(path, "w");
	if (fp == NULL)
		return -1;
	fprintf(fp, "%u\n", req->data[1] ? 1u : 0u);
	fclose(fp);
	rsp->len = 0;
	return events_append(req->data[0], req->data[1], 0);
}

int h_cold_restart(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	(void)s;
	(void)req;
	rsp->len = 0;
	rtu_log("cold restart requested by the master");
	sync();
	return execl("/sbin/reboot", "reboot", (char *)NULL);
}

int h_auth_request(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	int n;

	(void)req;
	n = sav_challenge(s, rsp->data, sizeof rsp->data);
	if (n < 0)
		return -1;
	rsp->len = (uint16_t)n;
	return 0;
}

int h_auth_reply(struct rtu_session *s, const struct app_msg *req, struct app_msg *rsp)
{
	int n;

	if (sav_check_reply(s, req->data, req->len) != 0)
		return -1;
	n = sav_wrap_session_keys(s, rsp->data, sizeof rsp->data);
	if (n < 0)
		return -1;
	rsp->len = (uint16_t)n;
	return 0;
}
