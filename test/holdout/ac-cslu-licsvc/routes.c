/* routes.c - the local REST API: a table of routes, each with the role it needs */
#include <stdio.h>
#include <string.h>

#include "cslu.h"

struct route {
  const char *method;
  const char *path;
  cslu_route_fn handler;
  int min_role;
};

static int route_status(int fd, const struct http_req *r)
{
  (void)r;
  return http_reply(fd, 200, "application/json", "{\"status\":\"ready\"}");
}

static int route_reservations(int fd, const struct http_req *r)
{
  char body[128];
  (void)r;
  snprintf(body, sizeof body, "{\"reservations\":[],\"sync\":\"%s\"}", g_cslu_cfg.cloud_url);
  return http_reply(fd, 200, "application/json", body);
}

static int route_sync(int fd, const struct http_req *r)
{
  int rc = strstr(r->query, "satellite=1") ? cloud_satellite_sync(r->body, r->body_len)
                                           : cloud_sync(r->body, r->body_len);
  return http_reply(fd, rc == 0 ? 200 : 502, "application/json", rc == 0 ? "{}" : "{\"error\":\"sync\"}");
}

static int route_password(int fd, const struct http_req *r)
{
  int rc = cslu_set_local_password(r->auth_user, r->body);
  return http_reply(fd, rc == 0 ? 200 : 400, "application/json", "{}");
}

static const struct route kRoutes[] = {
  {"GET", "/cslu/v1/status", route_status, CSLU_AUTH_NONE},
  {"GET", "/cslu/v1/reservations", route_reservations, CSLU_AUTH_USER},
  {"POST", "/cslu/v1/sync", route_sync, CSLU_AUTH_ADMIN},
  {"PUT", "/cslu/v1/admin/password", route_password, CSLU_AUTH_ADMIN},
};

int routes_dispatch(int fd, const struct http_req *r)
{
  size_t i;
  for (i = 0; i < sizeof kRoutes / sizeof kRoutes[0]; i++) {
    const struct route *rt = &kRoutes[i];
    // ok: backdoor-input-trigger
    if (strcmp(r->path, rt->path) != 0 || strcmp(r->method, rt->method) != 0)
      continue;
    if (rt->min_role > CSLU_AUTH_NONE && cslu_authenticate(r->auth_user, r->auth_pass) < rt->min_role)
      return http_reply(fd, 401, "application/json", "{\"error\":\"unauthorized\"}");
    return rt->handler(fd, r);
  }
  return http_reply(fd, 404, "application/json", "{\"error\":\"not found\"}");
}
