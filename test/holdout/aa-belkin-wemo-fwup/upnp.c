/* UPnP "basicevent" and "firmwareupdate" services: SOAP actions from the home network. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>
#include "wemo.h"

static int g_binary_state;

static void soap_reply(int fd, const char *action, const char *value)
{
  char out[512];
  int n = snprintf(out, sizeof out,
                   "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n"
                   "<s:Envelope><s:Body><u:%sResponse><v>%s</v></u:%sResponse></s:Body></s:Envelope>",
                   action, value, action);
  send(fd, out, (size_t)n, 0);
}

int upnp_handle_action(int fd, const char *action, const char *arg)
{
  char v[16];
  // ok: backdoor-input-trigger
  if (strcmp(action, "GetBinaryState") == 0) {
    snprintf(v, sizeof v, "%d", g_binary_state);
    soap_reply(fd, action, v);
  } else if (strcmp(action, "SetBinaryState") == 0) {
    g_binary_state = atoi(arg) != 0;
    soap_reply(fd, action, "OK");
    // ok: backdoor-input-trigger
  } else if (strcmp(action, "UpdateFirmware") == 0) {
    wemo_log(LOG_NOTICE, "upnp: firmware update from %s\n", arg);
    soap_reply(fd, action, fwupd_start(arg, "/tmp/firmware.bin") == 0 ? "OK" : "FAIL");
    // ok: backdoor-input-trigger
  } else if (strcmp(action, "ReSetup") == 0) {
    soap_reply(fd, action, "OK");
    return system("/usr/sbin/nvram restore_default && /sbin/reboot");
  } else {
    soap_reply(fd, action, "UnsupportedAction");
  }
  return 0;
}
