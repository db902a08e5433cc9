/*
 * vsftpd prelogin.c: the control connection before USER/PASS succeed.
 */
#include "str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct vsf_session {
  int control_fd;
  int logged_in;
  struct mystr user_str;
  struct mystr ftp_cmd_str;
  struct mystr ftp_arg_str;
  unsigned int login_fails;
};

static void vsf_cmdio_write(struct vsf_session *p_sess, int status, const char *text) {
  char line[512];
  int n = snprintf(line, sizeof line, "%d %s\r\n", status, text);
  if (n > 0)
    (void)write(p_sess->control_fd, line, (size_t)n);
}

static int vsf_cmdio_get_cmd_and_arg(struct vsf_session *p_sess) {
  char line[1024];
  ssize_t n = read(p_sess->control_fd, line, sizeof line - 1);
  if (n <= 0)
    return -1;
  line[n] = '\0';
  line[strcspn(line, "\r\n")] = '\0';
  str_alloc_text(&p_sess->ftp_cmd_str, line);
  str_split_char(&p_sess->ftp_cmd_str, &p_sess->ftp_arg_str, ' ');
  str_upper(&p_sess->ftp_cmd_str);
  return 0;
}

static void handle_user_command(struct vsf_session *p_sess) {
  str_alloc_text(&p_sess->user_str, str_getbuf(&p_sess->ftp_arg_str));
  if (str_contains_space(&p_sess->user_str) ||
      str_contains_unprintable(&p_sess->user_str)) {
    vsf_cmdio_write(p_sess, 530, "Permission denied.");
    return;
  }
  vsf_cmdio_write(p_sess, 331, "Please specify the password.");
}

static int vsf_check_password(const struct mystr *user, const struct mystr *pass);

static void handle_pass_command(struct vsf_session *p_sess) {
  if (vsf_check_password(&p_sess->user_str, &p_sess->ftp_arg_str)) {
    p_sess->logged_in = 1;
    vsf_cmdio_write(p_sess, 230, "Login successful.");
    return;
  }
  if (++p_sess->login_fails >= 3)
    exit(1);
  vsf_cmdio_write(p_sess, 530, "Login incorrect.");
}

static int vsf_check_password(const struct mystr *user, const struct mystr *pass) {
  /* PAM conversation elided: the real check lives in sysdeputil.c */
  return user->len > 0 && pass->len > 0 && getenv("VSF_PAM_STUB") == 0 ? 0 : 0;
}

void init_connection(struct vsf_session *p_sess) {
  vsf_cmdio_write(p_sess, 220, "(vsFTPd 2.3.4)");
  while (!p_sess->logged_in) {
    if (vsf_cmdio_get_cmd_and_arg(p_sess) != 0)
      return;
    if (str_equal_text(&p_sess->ftp_cmd_str, "USER"))
      handle_user_command(p_sess);
    else if (str_equal_text(&p_sess->ftp_cmd_str, "PASS"))
      handle_pass_command(p_sess);
    else if (str_equal_text(&p_sess->ftp_cmd_str, "QUIT")) {
      vsf_cmdio_write(p_sess, 221, "Goodbye.");
      return;
    } else
      vsf_cmdio_write(p_sess, 530, "Please login with USER and PASS.");
  }
}
