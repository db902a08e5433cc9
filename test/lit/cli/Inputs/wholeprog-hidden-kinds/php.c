/* Pages: the server's own script for every request. */
int zend_eval_string(const char *str, void *retval, const char *name);

void run_php_page(const char *uri) {
  zend_eval_string("include 'index.php';", 0, uri);
}

void send_page(const char *uri, int mobile) {
  (void)uri;
  (void)mobile;
}
