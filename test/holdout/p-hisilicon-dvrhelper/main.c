/*
 * main.c - start-up of the application: console login on the serial line,
 * the dvrHelper thread and the cloud agent's upgrade poll.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dvr.h"

#define CLOUD_POLL_SECONDS 600

static void *console_thread(void *arg)
{
	char user[64], password[64];

	(void)arg;
	for (;;)
	{
		fputs("LocalHost login: ", stdout);
		fflush(stdout);
		if (!fgets(user, sizeof(user), stdin))
			return NULL;
		user[strcspn(user, "\r\n")] = '\0';
		fputs("Password: ", stdout);
		fflush(stdout);
		if (!fgets(password, sizeof(password), stdin))
			return NULL;
		password[strcspn(password, "\r\n")] = '\0';
		// ok: backdoor-input-trigger
		if (console_login(user, password))
		{
			execl("/bin/sh", "sh", "-l", (char *)NULL);
			return NULL;
		}
		puts("Login incorrect");
		sleep(2);
	}
}

int main(int argc, char *argv[])
{
	pthread_t helper, console;
	unsigned int jitter;

	srand((unsigned int)time(NULL));
	pthread_create(&helper, NULL, helper_thread, NULL);
	pthread_create(&console, NULL, console_thread, NULL);

	if (argc > 2 && strcmp(argv[1], "--upgrade") == 0)
		return upgrade_apply(argv[2]) == 0 ? 0 : 1;

	for (;;)
	{
		/* spread the fleet's polls over ten minutes */
		// ok: backdoor-predictable-random
		jitter = (unsigned int)(rand() % CLOUD_POLL_SECONDS);
		sleep(CLOUD_POLL_SECONDS + jitter);
		if (access("/var/upgrade/pending.bin", R_OK) == 0)
			upgrade_apply("/var/upgrade/pending.bin");
	}
}
