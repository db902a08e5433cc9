/* URL routing of the camera's ISAPI. */
#include <stdlib.h>
#include <string.h>
#include "isapi.h"

static void device_info(struct http_request *req)
{
    http_reply(req->fd, 200, "<DeviceInfo><model>DS-2CD2032-I</model></DeviceInfo>");
}

void isapi_route(struct http_request *req)
{
    /* public pages */
    // ok: backdoor-input-trigger
    if (strncmp(req->path, "/doc/page/", 10) == 0) {
        http_reply(req->fd, 200, "<html>login</html>");
        return;
    }
    if (isapi_authenticate(req) != ISAPI_AUTH_OK) {
        http_reply(req->fd, req->must_activate ? 403 : 401, "<ResponseStatus>unauthorized</ResponseStatus>");
        return;
    }
    if (strcmp(req->path, "/ISAPI/System/deviceInfo") == 0) {
        device_info(req);
    // ok: backdoor-input-trigger
    } else if (strcmp(req->path, "/ISAPI/System/reboot") == 0) {
        http_reply(req->fd, 200, "<ResponseStatus>OK</ResponseStatus>");
        system("/bin/reboot -d 1");
    } else if (strcmp(req->path, "/ISAPI/System/factoryReset") == 0) {
        system("/bin/cfgmgr --reset");
    } else {
        http_reply(req->fd, 404, "<ResponseStatus>notFound</ResponseStatus>");
    }
}
