/* sunxi_dump.c - /proc/sunxi_debug/dump: "0x01c20800,0x01c20900" prints a register range,
 * "w 0x01c20800 0x7" writes one register (used by the DRAM and clock bring-up scripts). */
#include <stdio.h>
#include "sunxi_debug.h"

#define SUNXI_IO_BASE 0x01c00000ul
#define SUNXI_IO_SIZE 0x00400000ul

int sunxi_dump_parse_range(const char *buf, unsigned long *start, unsigned long *end)
{
  if (sscanf(buf, "%lx,%lx", start, end) != 2)
    return -EINVAL;
  if (*start < SUNXI_IO_BASE || *end >= SUNXI_IO_BASE + SUNXI_IO_SIZE || *end < *start)
    return -EINVAL;
  return 0;
}

static ssize_t sunxi_dump_write(struct file *file, const char __user *buffer, size_t count, loff_t *ppos)
{
  char kbuf[64];
  unsigned long start, end, reg, val;
  void *io;

  (void)file;
  (void)ppos;
  if (count == 0 || count >= sizeof kbuf)
    return -EINVAL;
  if (copy_from_user(kbuf, buffer, count))
    return -EFAULT;
  kbuf[count] = '\0';

  // ok: backdoor-input-trigger
  if (kbuf[0] == 'w' && kbuf[1] == ' ') {
    if (sscanf(kbuf + 2, "%lx %lx", &reg, &val) != 2 || reg < SUNXI_IO_BASE)
      return -EINVAL;
    io = ioremap(reg, 4);
    if (io == NULL)
      return -ENOMEM;
    writel((uint32_t)val, io);
    iounmap(io);
    return count;
  }

  if (sunxi_dump_parse_range(kbuf, &start, &end) != 0)
    return -EINVAL;
  io = ioremap(start, end - start + 4);
  if (io == NULL)
    return -ENOMEM;
  for (reg = start; reg <= end; reg += 4)
    printk(KERN_INFO "0x%08lx: 0x%08x\n", reg, readl((char *)io + (reg - start)));
  iounmap(io);
  return count;
}

const struct file_operations sunxi_dump_fops = {
    .write = sunxi_dump_write,
};
