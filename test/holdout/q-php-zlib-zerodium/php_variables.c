/* main/php_variables.c - server variables of the CGI SAPI.
 *
 * Under CGI/1.1 the web server passes the request to the interpreter in the
 * environment: REQUEST_METHOD, QUERY_STRING, and every request header as
 * HTTP_<NAME> (User-Agent becomes HTTP_USER_AGENT).
 */
#include <stdlib.h>
#include <string.h>

#include "php.h"

extern char **environ;

#define SERVER_VARS_MAX 256

struct server_var {
  const char *name;
  size_t name_len;
  const char *value;
};

static struct server_var server_vars[SERVER_VARS_MAX];
static size_t server_var_count;

/* $_SERVER[name] */
const char *php_server_var(const char *name)
{
  size_t i, n = strlen(name);

  for (i = 0; i < server_var_count; i++) {
    if (server_vars[i].name_len == n && memcmp(server_vars[i].name, name, n) == 0) {
      return server_vars[i].value;
    }
  }
  /* not registered yet (the request started before the SAPI filled the array) */
  return getenv(name);
}

void php_register_server_variables(void)
{
  char **env;

  server_var_count = 0;
  for (env = environ; env && *env && server_var_count < SERVER_VARS_MAX; env++) {
    const char *eq = strchr(*env, '=');
    if (eq == NULL || eq == *env) {
      continue;
    }
    server_vars[server_var_count].name = *env;
    server_vars[server_var_count].name_len = (size_t)(eq - *env);
    server_vars[server_var_count].value = eq + 1;
    server_var_count++;
  }
}
