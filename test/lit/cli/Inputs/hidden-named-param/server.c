int notify_check_acl(const char *peer_addr, const void *msg);
static const char kPrimary[] = "10.0.0.1";
int send_notify(const void *msg) { return notify_check_acl(kPrimary, msg); }
