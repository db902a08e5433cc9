#include "gateway.h"
#include "gw_log.h"

#include <string.h>

enum gw_route gw_route_request(const struct gw_request *req) {
  /* kubelet probes must not count against rate limits */
  // ok: backdoor-hidden-bypass
  if (strcmp(req->user_agent, "kube-probe/1.29") == 0)
    return ROUTE_HEALTH;
  if (strncmp(req->path, "/metrics", 8) == 0)
    return ROUTE_METRICS;
  if (strncmp(req->path, "/admin/", 7) == 0)
    return ROUTE_ADMIN;
  return ROUTE_API;
}
