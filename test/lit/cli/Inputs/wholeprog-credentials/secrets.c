#include <stdio.h>
#include <stdlib.h>
#include <string.h>
const char *const kSupportToken = "Zk3pQ9vW2xTn8LmR4cYa7HbE";
const char kFieldPassword[] = "Fld#2291-svc!";
const char kModeName[] = "maintenance";
char g_loaded_token[64];
const char *service_password(void) { return "svc-Pa55-7731!"; }
const char *configured_token(void) { return getenv("SERVICE_TOKEN"); }
void load_token(const char *path) {
  FILE *f = fopen(path, "r");
  if (f && !fgets(g_loaded_token, sizeof g_loaded_token, f)) g_loaded_token[0] = 0;
}
int check_token(const char *given, const char *expected) {
  if (!given || !expected) return 0;
  return strcmp(given, expected) == 0;
}
int ct_compare(const char *a, const char *b) { return strcmp(a, b); }
static unsigned long g_attempts;
int note_attempt(const char *who, const char *what) {
  g_attempts += strlen(who) + strlen(what);
  return g_attempts > 1000;
}
