/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The system calls and the few library functions the kbuild client uses.
 *
 * Why not the C library: a statically linked program that only exits costs
 * 0.4 ms per run with glibc (its start-up: CPU feature probing, IRELATIVE
 * relocations, TLS, 28 page faults) and 0.1 ms without (4 page faults), on
 * the machine the benchmarks ran on; a cache replay is little more than
 * that start-up.  So the client is built with -nostdlib -static where it
 * can be (x86-64 and arm64, raw system calls), and with the C library
 * otherwise (-DPYOBJTOOL_LIBC: install.py tries this second).
 *
 * Every k_* call returns what the system call does: a result >= 0, or
 * -errno.  Only the *at forms and statx() are used: they exist on every
 * architecture (arm64 has no open(), stat(), rename(), fork()...).
 */
#ifndef PYOBJTOOL_CLIENT_SYS_H
#define PYOBJTOOL_CLIENT_SYS_H

#ifdef PYOBJTOOL_LIBC
/* ------------------------------------------------------------------ with the C library */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define K_RET(expr) ({ long r_ = (long)(expr); r_ < 0 ? -(long)errno : r_; })

static char **k_environ;

static inline long k_openat(int dir, const char *path, int flags, int mode) { return K_RET(openat(dir, path, flags, mode)); }
static inline long k_read(int fd, void *buf, size_t n) { return K_RET(read(fd, buf, n)); }
static inline long k_pread(int fd, void *buf, size_t n, long off) { return K_RET(pread(fd, buf, n, off)); }
static inline long k_copy_file_range(int in, long *in_off, int out, size_t n)
{ return K_RET(syscall(SYS_copy_file_range, in, in_off, out, NULL, n, 0)); }
static inline long k_write(int fd, const void *buf, size_t n) { return K_RET(write(fd, buf, n)); }
static inline long k_close(int fd) { return K_RET(close(fd)); }
static inline long k_statx(int dir, const char *path, int flags, unsigned mask, struct statx *st)
{ return K_RET(statx(dir, path, flags, mask, st)); }
static inline long k_faccessat(int dir, const char *path, int mode) { return K_RET(faccessat(dir, path, mode, 0)); }
static inline long k_mkdirat(int dir, const char *path, int mode) { return K_RET(mkdirat(dir, path, mode)); }
static inline long k_renameat2(int od, const char *o, int nd, const char *n, unsigned flags)
{ return K_RET(syscall(SYS_renameat2, od, o, nd, n, flags)); }
static inline long k_unlinkat(int dir, const char *path, int flags) { return K_RET(unlinkat(dir, path, flags)); }
static inline long k_fchmod(int fd, int mode) { return K_RET(fchmod(fd, mode)); }
static inline long k_utimensat(int dir, const char *path) { return K_RET(utimensat(dir, path, NULL, 0)); }
static inline long k_getuid(void) { return getuid(); }
static inline long k_getpid(void) { return getpid(); }
static inline long k_readlinkat(int dir, const char *path, char *buf, size_t n) { return K_RET(readlinkat(dir, path, buf, n)); }
static inline long k_socket(int domain, int type, int proto) { return K_RET(socket(domain, type, proto)); }
static inline long k_connect(int fd, const void *addr, int len) { return K_RET(connect(fd, addr, len)); }
static inline long k_getsockopt(int fd, int level, int name, void *val, unsigned *len)
{ return K_RET(getsockopt(fd, level, name, val, len)); }
static inline long k_sendmsg(int fd, const struct msghdr *msg, int flags) { return K_RET(sendmsg(fd, msg, flags)); }
static inline long k_send(int fd, const void *buf, size_t n, int flags) { return K_RET(send(fd, buf, n, flags)); }
static inline long k_fork(void) { return K_RET(fork()); }
static inline long k_setsid(void) { return K_RET(setsid()); }
static inline long k_execve(const char *path, char *const argv[], char *const envp[]) { return K_RET(execve(path, argv, envp)); }
static inline long k_dup3(int old, int new, int flags) { return K_RET(dup3(old, new, flags)); }
static inline long k_fcntl(int fd, int cmd, long arg) { return K_RET(fcntl(fd, cmd, arg)); }
static inline long k_flock(int fd, int op) { return K_RET(flock(fd, op)); }
static inline long k_wait4(int pid, int *status, int options) { return K_RET(wait4(pid, status, options, NULL)); }
static inline long k_umask(int mask) { return umask(mask); }
static inline long long k_time(void) { return time(NULL); }
static inline long k_getcwd(char *buf, size_t n) { return getcwd(buf, n) ? (long)strlen(buf) + 1 : -(long)errno; }
static inline long k_close_range(unsigned first, unsigned last)
{
#ifdef SYS_close_range
	return K_RET(syscall(SYS_close_range, first, last, 0));
#else
	return -ENOSYS;
#endif
}
static inline __attribute__((noreturn)) void k_exit(int status) { _exit(status); }
static inline void *k_mmap(size_t n)
{
	void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

#define k_strlen strlen
#define k_memcpy memcpy
#define k_memcmp memcmp
#define k_memset memset
#define k_strcmp strcmp
#define k_strncmp strncmp
#define k_strchr strchr
#define k_strrchr strrchr

#else
/* ------------------------------------------------------------------ raw system calls */
#include <asm/unistd.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/time_types.h>
#include <linux/types.h>
#include <linux/un.h>
#include <asm/socket.h>

typedef unsigned long size_t;
typedef long ssize_t;
typedef __u8 uint8_t;
typedef __u32 uint32_t;
typedef __u64 uint64_t;
typedef int pid_t;
#define NULL ((void *)0)

#define AF_UNIX 1
#define SOCK_STREAM 1
#define SOCK_CLOEXEC O_CLOEXEC
#define MSG_NOSIGNAL 0x4000
#define SCM_RIGHTS 1
#define SIGCHLD 17
#define LOCK_EX 2
#define LOCK_NB 4
#define F_GETFD 1
#define F_SETFD 2
#define W_OK 2
#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_PRIVATE 2
#define MAP_ANONYMOUS 0x20

struct iovec {
	void *iov_base;
	size_t iov_len;
};

struct msghdr {
	void *msg_name;
	int msg_namelen;
	struct iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	unsigned int msg_flags;
};

struct cmsghdr {
	size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

struct ucred {
	int pid;
	unsigned int uid;
	unsigned int gid;
};

#define CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(len))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_DATA(c) ((unsigned char *)(c) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_FIRSTHDR(m) ((struct cmsghdr *)(m)->msg_control)

#if defined(__x86_64__)
static inline long k_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	long ret;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}

__asm__(".text\n.global _start\n_start:\n\txor %rbp, %rbp\n\tmov %rsp, %rdi\n\tand $-16, %rsp\n"
	"\tcall k_start\n\thlt\n");
#elif defined(__aarch64__)
static inline long k_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;

	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory", "cc");
	return x0;
}

__asm__(".text\n.global _start\n_start:\n\tmov x0, sp\n\tbl k_start\n");
#else
#error "no raw system calls for this architecture: build with -DPYOBJTOOL_LIBC"
#endif

#define K0(n) k_syscall6(n, 0, 0, 0, 0, 0, 0)
#define K1(n, a) k_syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define K2(n, a, b) k_syscall6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define K3(n, a, b, c) k_syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define K4(n, a, b, c, d) k_syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define K5(n, a, b, c, d, e) k_syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define K6(n, a, b, c, d, e, f) k_syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

static char **k_environ;

static inline long k_openat(int dir, const char *path, int flags, int mode) { return K4(__NR_openat, dir, path, flags, mode); }
static inline long k_read(int fd, void *buf, size_t n) { return K3(__NR_read, fd, buf, n); }
static inline long k_pread(int fd, void *buf, size_t n, long off) { return K4(__NR_pread64, fd, buf, n, off); }
static inline long k_copy_file_range(int in, long *in_off, int out, size_t n)
{ return K6(__NR_copy_file_range, in, in_off, out, 0, n, 0); }
static inline long k_write(int fd, const void *buf, size_t n) { return K3(__NR_write, fd, buf, n); }
static inline long k_close(int fd) { return K1(__NR_close, fd); }
static inline long k_statx(int dir, const char *path, int flags, unsigned mask, struct statx *st)
{ return K5(__NR_statx, dir, path, flags, mask, st); }
static inline long k_faccessat(int dir, const char *path, int mode) { return K3(__NR_faccessat, dir, path, mode); }
static inline long k_mkdirat(int dir, const char *path, int mode) { return K3(__NR_mkdirat, dir, path, mode); }
static inline long k_renameat2(int od, const char *o, int nd, const char *n, unsigned flags)
{ return K5(__NR_renameat2, od, o, nd, n, flags); }
static inline long k_unlinkat(int dir, const char *path, int flags) { return K3(__NR_unlinkat, dir, path, flags); }
static inline long k_fchmod(int fd, int mode) { return K2(__NR_fchmod, fd, mode); }
static inline long k_utimensat(int dir, const char *path) { return K4(__NR_utimensat, dir, path, 0, 0); }
static inline long k_getuid(void)
{
	static long uid = -1;

	if (uid < 0)
		uid = K0(__NR_getuid);
	return uid;
}
static inline long k_getpid(void) { return K0(__NR_getpid); }
static inline long k_readlinkat(int dir, const char *path, char *buf, size_t n) { return K4(__NR_readlinkat, dir, path, buf, n); }
static inline long k_socket(int domain, int type, int proto) { return K3(__NR_socket, domain, type, proto); }
static inline long k_connect(int fd, const void *addr, int len) { return K3(__NR_connect, fd, addr, len); }
static inline long k_getsockopt(int fd, int level, int name, void *val, unsigned *len)
{ return K5(__NR_getsockopt, fd, level, name, val, len); }
static inline long k_sendmsg(int fd, const struct msghdr *msg, int flags) { return K3(__NR_sendmsg, fd, msg, flags); }
static inline long k_send(int fd, const void *buf, size_t n, int flags) { return K6(__NR_sendto, fd, buf, n, flags, 0, 0); }
static inline long k_fork(void) { return K5(__NR_clone, SIGCHLD, 0, 0, 0, 0); }
static inline long k_setsid(void) { return K0(__NR_setsid); }
static inline long k_execve(const char *path, char *const argv[], char *const envp[]) { return K3(__NR_execve, path, argv, envp); }
static inline long k_dup3(int old, int new, int flags) { return K3(__NR_dup3, old, new, flags); }
static inline long k_fcntl(int fd, int cmd, long arg) { return K3(__NR_fcntl, fd, cmd, arg); }
static inline long k_flock(int fd, int op) { return K2(__NR_flock, fd, op); }
static inline long k_wait4(int pid, int *status, int options) { return K4(__NR_wait4, pid, status, options, 0); }
static inline long k_umask(int mask) { return K1(__NR_umask, mask); }
static inline long long k_time(void)
{
	struct __kernel_timespec ts;

	return K2(__NR_clock_gettime, 0 /* CLOCK_REALTIME */, &ts) ? 0 : ts.tv_sec;
}
static inline long k_getcwd(char *buf, size_t n) { return K2(__NR_getcwd, buf, n); }
static inline long k_close_range(unsigned first, unsigned last) { return K3(__NR_close_range, first, last, 0); }
static inline __attribute__((noreturn)) void k_exit(int status)
{
	for (;;)
		K1(__NR_exit_group, status);
}
static inline void *k_mmap(size_t n)
{
	long p = K6(__NR_mmap, 0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p < 0 && p > -4096 ? NULL : (void *)p;
}

/* what the compiler may call on its own (struct copies and zeroing), and the client's string helpers */
#define K_NOLOOP __attribute__((optimize("no-tree-loop-distribute-patterns")))

K_NOLOOP void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

K_NOLOOP void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

K_NOLOOP void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	while (n--)
		*d++ = c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

static size_t k_strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

static int k_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static int k_strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b || !*a)
			return (unsigned char)*a - (unsigned char)*b;
	return 0;
}

static char *k_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return (char *)s;
	return c ? NULL : (char *)s;
}

static char *k_strrchr(const char *s, int c)
{
	const char *found = NULL;

	for (; *s; s++)
		if (*s == (char)c)
			found = s;
	return (char *)found;
}

#define k_memcpy memcpy
#define k_memcmp memcmp
#define k_memset memset

int client_main(int argc, char **argv);

__attribute__((used, noreturn)) void k_start(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);

	k_environ = argv + argc + 1;
	k_exit(client_main(argc, argv));
}
#endif

/* ------------------------------------------------------------------ helpers for both */

static char *k_getenv(const char *name)
{
	size_t n = k_strlen(name);

	for (char **e = k_environ; e && *e; e++)
		if (!k_strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

/* memory that is never given back (the process is short) */
static void *k_alloc(size_t n)
{
	static char *pool;
	static size_t left;
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (n > 256 * 1024)
		return k_mmap(n);
	if (n > left) {
		pool = k_mmap(1024 * 1024);
		if (!pool)
			return NULL;
		left = 1024 * 1024;
	}
	p = pool;
	pool += n;
	left -= n;
	return p;
}

/* decimal or octal text of v at p (no terminator); returns the end */
static char *k_utoa(char *p, unsigned long long v, unsigned base)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (n)
		*p++ = tmp[--n];
	return p;
}

static char *k_itoa(char *p, long long v)
{
	if (v < 0) {
		*p++ = '-';
		return k_utoa(p, -(unsigned long long)v, 10);
	}
	return k_utoa(p, v, 10);
}

/* the pieces, concatenated into buf (NUL-terminated; NULL ends the list); returns the length or -1 */
static long k_concat(char *buf, size_t size, const char *const *parts)
{
	size_t n = 0;

	for (; *parts; parts++) {
		size_t l = k_strlen(*parts);

		if (n + l >= size)
			return -1;
		k_memcpy(buf + n, *parts, l);
		n += l;
	}
	buf[n] = 0;
	return n;
}

/* strerror() for the errors a write can meet (the messages glibc prints) */
static const char *k_strerror(int err)
{
	switch (err) {
	case EPERM: return "Operation not permitted";
	case ENOENT: return "No such file or directory";
	case EIO: return "Input/output error";
	case EBADF: return "Bad file descriptor";
	case ENOMEM: return "Cannot allocate memory";
	case EACCES: return "Permission denied";
	case EBUSY: return "Device or resource busy";
	case EEXIST: return "File exists";
	case EXDEV: return "Invalid cross-device link";
	case ENOTDIR: return "Not a directory";
	case EISDIR: return "Is a directory";
	case EINVAL: return "Invalid argument";
	case ETXTBSY: return "Text file busy";
	case EFBIG: return "File too large";
	case ENOSPC: return "No space left on device";
	case EROFS: return "Read-only file system";
	case EMLINK: return "Too many links";
	case ENAMETOOLONG: return "File name too long";
	case ELOOP: return "Too many levels of symbolic links";
	case EDQUOT: return "Disk quota exceeded";
	default: return "Unknown error";
	}
}

#endif
