/* sunxi_pm.c - /proc/sunxi_debug/pm: selects the standby mode the next suspend enters. */
#include "sunxi_debug.h"

static int standby_mode;

void sunxi_pm_set_standby(int mode)
{
  standby_mode = mode;
  printk(KERN_INFO "sunxi_pm: standby mode %d\n", standby_mode);
}

static ssize_t sunxi_pm_write(struct file *file, const char __user *buffer, size_t count, loff_t *ppos)
{
  char kbuf[16];

  (void)file;
  (void)ppos;
  if (count == 0 || count >= sizeof kbuf)
    return -EINVAL;
  if (copy_from_user(kbuf, buffer, count))
    return -EFAULT;
  kbuf[count] = '\0';

  // ok: backdoor-input-trigger
  if (!strncmp(kbuf, "super", 5))
    sunxi_pm_set_standby(2);
  else if (!strncmp(kbuf, "normal", 6))
    sunxi_pm_set_standby(1);
  else if (!strncmp(kbuf, "off", 3))
    sunxi_pm_set_standby(0);
  else
    return -EINVAL;
  return count;
}

const struct file_operations sunxi_pm_fops = {
    .write = sunxi_pm_write,
};
