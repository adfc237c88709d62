/* gnulib's glthread/lock.h for the mingw-w64 build of hivex: the plain lock hivex keeps per cached iconv
 * handle, as a Windows critical section. Part of heapfix. */
#ifndef HEAPFIX_HIVEX_WIN32_GLTHREAD_LOCK_H
#define HEAPFIX_HIVEX_WIN32_GLTHREAD_LOCK_H
#include <windows.h>
#define gl_lock_define(storageclass, name) storageclass CRITICAL_SECTION name;
#define gl_lock_init(name) InitializeCriticalSection(&(name))
#define gl_lock_lock(name) EnterCriticalSection(&(name))
#define gl_lock_unlock(name) LeaveCriticalSection(&(name))
#define gl_lock_destroy(name) DeleteCriticalSection(&(name))
#endif
