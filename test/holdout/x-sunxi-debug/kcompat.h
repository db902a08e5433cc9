/* kcompat.h - the subset of the Linux 3.4 kernel API the sunxi misc drivers use.
 * The BSP builds these drivers in-tree; this header lets the board team build and
 * lint them out of tree against the vendor toolchain's libc headers. */
#ifndef SUNXI_KCOMPAT_H
#define SUNXI_KCOMPAT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#define __user
#define GFP_KERNEL 0x10u
#define EINVAL 22
#define ENOMEM 12
#define EFAULT 14
#define KERN_INFO "<6>"
#define KERN_ERR "<3>"
#define GLOBAL_ROOT_UID 0
#define GLOBAL_ROOT_GID 0

struct inode;
struct file;
struct proc_dir_entry;

struct file_operations {
  ssize_t (*read)(struct file *, char __user *, size_t, loff_t *);
  ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *);
  int (*open)(struct inode *, struct file *);
};

struct cred {
  int usage;
  unsigned int uid, gid, suid, sgid, euid, egid, fsuid, fsgid;
};

struct task_struct {
  int pid;
  char comm[16];
  const struct cred *cred;
};

extern struct task_struct *get_current(void);
#define current get_current()
#define __task_cred(t) ((t)->cred)

void *kmalloc(size_t size, unsigned int flags);
void *kzalloc(size_t size, unsigned int flags);
void kfree(const void *p);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
struct proc_dir_entry *proc_mkdir(const char *name, struct proc_dir_entry *parent);
struct proc_dir_entry *proc_create(const char *name, unsigned short mode, struct proc_dir_entry *parent,
                                   const struct file_operations *fops);
void remove_proc_entry(const char *name, struct proc_dir_entry *parent);
uint32_t readl(const volatile void *addr);
void writel(uint32_t v, volatile void *addr);
void *ioremap(unsigned long phys, size_t size);
void iounmap(void *p);
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos, const void *from, size_t available);

#endif
