#ifndef AGENT_LOG_H
#define AGENT_LOG_H

#define AL_ERROR 0
#define AL_WARN 1
#define AL_INFO 2
#define AL_DEBUG 3

void agent_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void agent_log_set_verbosity(int level);

#endif
