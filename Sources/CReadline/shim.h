// GNU readline needs stdio.h before its own headers.
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <readline/readline.h>
#include <readline/history.h>

// Installs a SIGINT handler without SA_RESTART, so Ctrl-C interrupts readline's blocked read().
// (Swift cannot name glibc's sigaction handler union portably; a C helper can.)
// A parent (a test runner, a terminal multiplexer) may have left SIGINT blocked; so may
// readline's own block/release around redisplay. Called before every read.
static inline void trainer_unblock_sigint(void) {
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

static inline int trainer_catch_sigint(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    trainer_unblock_sigint();
    return sigaction(SIGINT, &action, NULL);
}
