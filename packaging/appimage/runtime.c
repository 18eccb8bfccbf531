/*
 * The AppImage runtime of ChatApp.AppImage: the ELF file that the squashfs image of the app
 * folder is appended to (AppImage type 2: the bytes "AI\x02" at offset 8).
 *
 * Started, it mounts the image that follows its own ELF bytes with FUSE, through squashfuse's
 * library (Debian: libsquashfuse-dev, libfuse3-dev), and runs AppRun from it with APPDIR,
 * APPIMAGE, ARGV0 and OWD set, the way the AppImage specification says. Where FUSE cannot be
 * used (no /dev/fuse, no fusermount3, a container), or with --appimage-extract-and-run or
 * APPIMAGE_EXTRACT_AND_RUN=1, it extracts the image to a temporary folder instead, runs the
 * app from there and removes the folder afterwards; copies that runs killed with SIGKILL left
 * behind (no process holds their lock any more) are removed on the next such start.
 * --appimage-extract [DIR] writes the
 * image's files to DIR (default squashfs-root); --appimage-offset prints where the image
 * starts.
 *
 * Built by packaging/build.sh; MIT licensed like the rest of ChatApp.
 */

#define _GNU_SOURCE

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <squashfuse/ll.h>
#include <squashfuse/traverse.h>

/* in libsquashfuse_ll, not declared in its installed headers */
extern sqfs_ll *sqfs_ll_open(const char *path, size_t offset);

static const char *program = "appimage";
static pid_t app_pid = 0;

static void warn(const char *what) {
    fprintf(stderr, "%s: %s\n", program, what);
}

static void warn_errno(const char *what, const char *path) {
    fprintf(stderr, "%s: %s %s: %s\n", program, what, path, strerror(errno));
}

/* Where the squashfs image starts: the end of the ELF file, its section header table. */
static off_t image_offset(const char *path) {
    unsigned char header[sizeof(Elf64_Ehdr)];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        warn_errno("cannot open", path);
        return -1;
    }
    ssize_t got = pread(fd, header, sizeof(header), 0);
    close(fd);
    if (got < (ssize_t)sizeof(Elf32_Ehdr) || memcmp(header, ELFMAG, SELFMAG) != 0) {
        warn("this file is not an ELF executable");
        return -1;
    }
    if (header[EI_CLASS] == ELFCLASS64 && got >= (ssize_t)sizeof(Elf64_Ehdr)) {
        Elf64_Ehdr elf;
        memcpy(&elf, header, sizeof(elf));
        return (off_t)(elf.e_shoff + (Elf64_Off)elf.e_shentsize * elf.e_shnum);
    }
    Elf32_Ehdr elf;
    memcpy(&elf, header, sizeof(elf));
    return (off_t)(elf.e_shoff + (Elf32_Off)elf.e_shentsize * elf.e_shnum);
}

/* Write one regular file of the image to path. */
static int extract_file(sqfs *fs, sqfs_inode *inode, const char *path, mode_t mode) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode | S_IRUSR | S_IWUSR);
    if (fd < 0) {
        warn_errno("cannot write", path);
        return -1;
    }
    static char buffer[1 << 17];
    sqfs_off_t done = 0;
    sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
    while (done < size) {
        sqfs_off_t chunk = size - done < (sqfs_off_t)sizeof(buffer)
            ? size - done : (sqfs_off_t)sizeof(buffer);
        if (sqfs_read_range(fs, inode, done, &chunk, buffer) != SQFS_OK || chunk <= 0) {
            warn_errno("cannot read the image for", path);
            close(fd);
            return -1;
        }
        for (sqfs_off_t written = 0; written < chunk;) {
            ssize_t n = write(fd, buffer + written, (size_t)(chunk - written));
            if (n < 0) {
                warn_errno("cannot write", path);
                close(fd);
                return -1;
            }
            written += n;
        }
        done += chunk;
    }
    if (fchmod(fd, mode) != 0 || close(fd) != 0) {
        warn_errno("cannot finish", path);
        return -1;
    }
    return 0;
}

/* Write every directory, regular file and symbolic link of the image under dest. */
static int extract(const char *image, off_t offset, const char *dest) {
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) {
        warn("the image inside this AppImage cannot be read");
        return -1;
    }
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) {
        warn_errno("cannot create", dest);
        return -1;
    }
    sqfs_traverse trv;
    sqfs_err err = SQFS_OK;
    int failed = 0;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        warn("the image inside this AppImage cannot be read");
        return -1;
    }
    while (!failed && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof(path), "%s/%s", dest, trv.path) >= (int)sizeof(path)) {
            warn("a path inside the image is too long");
            failed = 1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK) {
            warn("the image inside this AppImage cannot be read");
            failed = 1;
            break;
        }
        mode_t mode = inode.base.mode & 07777;
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            if (mkdir(path, mode | S_IRWXU) != 0 && errno != EEXIST) {
                warn_errno("cannot create", path);
                failed = 1;
            }
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            failed = extract_file(&fs, &inode, path, mode) != 0;
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE: {
            size_t size = 0;
            if (sqfs_readlink(&fs, &inode, NULL, &size) != SQFS_OK) {
                failed = 1;
                break;
            }
            char *target = calloc(1, size + 1);
            if (target == NULL || sqfs_readlink(&fs, &inode, target, &size) != SQFS_OK
                || (symlink(target, path) != 0 && errno != EEXIST)) {
                warn_errno("cannot create the link", path);
                failed = 1;
            }
            free(target);
            break;
        }
        default: /* devices, pipes and sockets have no place in an app folder */
            break;
        }
    }
    if (err != SQFS_OK)
        failed = 1;
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return failed ? -1 : 0;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st;
    (void)type;
    (void)ftw;
    return remove(path);
}

static void forward_signal(int number) {
    if (app_pid > 0)
        kill(app_pid, number);
}

/* Run APPDIR/AppRun with the arguments after skip, and return its exit status. */
static int run_app(const char *appdir, const char *self, int argc, char **argv, int skip) {
    char apprun[PATH_MAX];
    snprintf(apprun, sizeof(apprun), "%s/AppRun", appdir);
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof(cwd)) != NULL)
        setenv("OWD", cwd, 1);
    setenv("APPDIR", appdir, 1);
    setenv("APPIMAGE", self, 1);
    setenv("ARGV0", argv[0], 1);

    char **args = calloc((size_t)argc + 1, sizeof(char *));
    if (args == NULL)
        return 127;
    int n = 0;
    args[n++] = apprun;
    for (int i = 1 + skip; i < argc; i++)
        args[n++] = argv[i];
    args[n] = NULL;

    app_pid = fork();
    if (app_pid < 0) {
        warn_errno("cannot start", apprun);
        return 127;
    }
    if (app_pid == 0) {
        execv(apprun, args);
        warn_errno("cannot start", apprun);
        _exit(127);
    }
    struct sigaction forward = {0};
    forward.sa_handler = forward_signal;
    sigemptyset(&forward.sa_mask);
    forward.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &forward, NULL);
    sigaction(SIGINT, &forward, NULL);
    sigaction(SIGHUP, &forward, NULL);
    int status = 0;
    while (waitpid(app_pid, &status, 0) < 0) {
        if (errno != EINTR)
            return 127;
    }
    free(args);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

/* The FUSE server (a child process): mount the image at mountpoint, write one byte to
   ready ('1' mounted, '0' not), then serve until SIGTERM, and unmount. */
static int serve(const char *image, off_t offset, const char *mountpoint, int ready) {
    setsid(); /* Ctrl+C in the terminal goes to the app, which needs its files until it ends */
    sqfs_ll *ll = sqfs_ll_open(image, (size_t)offset);
    if (ll == NULL) {
        (void)!write(ready, "0", 1);
        return 1;
    }
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof(ops));
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = (void (*)(fuse_req_t, fuse_ino_t, uint64_t))sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    char *fuse_argv[] = {(char *)program, "-o", "ro,nodev,nosuid", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, fuse_argv);
    sqfs_ll_chan channel;
    if (sqfs_ll_mount(&channel, mountpoint, &args, &ops, sizeof(ops), ll) != SQFS_OK) {
        (void)!write(ready, "0", 1);
        return 1;
    }
    (void)!write(ready, "1", 1);
    close(ready);
    int failed = 0;
    if (fuse_set_signal_handlers(channel.session) != -1) {
        failed = fuse_session_loop(channel.session) != 0;
        fuse_remove_signal_handlers(channel.session);
    }
    sqfs_ll_unmount(&channel, mountpoint);
    sqfs_ll_destroy(ll);
    return failed;
}

/* A new private folder for the app: $TMPDIR/NAME_XXXXXX. */
static char *temporary_folder(const char *name) {
    const char *tmp = getenv("TMPDIR");
    char *path = NULL;
    if (asprintf(&path, "%s/%s_XXXXXX", tmp && *tmp ? tmp : "/tmp", name) < 0)
        return NULL;
    if (mkdtemp(path) == NULL) {
        warn_errno("cannot create a folder in", tmp && *tmp ? tmp : "/tmp");
        free(path);
        return NULL;
    }
    return path;
}

/* Mount the image and run the app from it; -1 when FUSE cannot be used here. */
static int run_mounted(const char *self, off_t offset, int argc, char **argv, int skip) {
    char *mountpoint = temporary_folder(".mount_ChatApp");
    if (mountpoint == NULL)
        return -1;
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        rmdir(mountpoint);
        return -1;
    }
    fflush(NULL);
    pid_t server = fork();
    if (server == 0) {
        close(ready[0]);
        _exit(serve(self, offset, mountpoint, ready[1]));
    }
    close(ready[1]);
    char mounted = '0';
    if (server < 0 || read(ready[0], &mounted, 1) != 1)
        mounted = '0';
    close(ready[0]);
    int status = -1;
    if (mounted == '1')
        status = run_app(mountpoint, self, argc, argv, skip);
    if (server > 0) {
        kill(server, SIGTERM);
        waitpid(server, NULL, 0);
    }
    rmdir(mountpoint);
    free(mountpoint);
    return status;
}

#define EXTRACTED "appimage_extracted_ChatApp"
#define COPY_LOCK ".appimage-runtime.lock"

/* Hold the copy's lock (COPY_LOCK in it) for as long as this runtime or the app runs: the
   descriptor is inherited by the app. Made under another name and renamed, so that a lock
   file found is always a held one while its run lasts. */
static int lock_copy(const char *folder) {
    char *making = NULL, *lock = NULL;
    int fd = -1;
    if (asprintf(&making, "%s/.making.lock", folder) >= 0
        && asprintf(&lock, "%s/" COPY_LOCK, folder) >= 0) {
        fd = open(making, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd >= 0 && (flock(fd, LOCK_EX) != 0 || rename(making, lock) != 0)) {
            close(fd);
            fd = -1;
        }
    }
    free(making);
    free(lock);
    return fd;
}

/* Remove the copies in tmp that earlier runs left when they were killed (SIGKILL, a crash):
   this user's, whose lock no process holds. A copy without a lock (an older runtime's) goes
   once it is an hour old. */
static void remove_stale_copies(const char *tmp) {
    DIR *dir = opendir(tmp);
    if (dir == NULL)
        return;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (strncmp(entry->d_name, EXTRACTED "_", strlen(EXTRACTED "_")) != 0)
            continue;
        char *path = NULL, *lock = NULL;
        struct stat st;
        int stale = 0;
        if (asprintf(&path, "%s/%s", tmp, entry->d_name) < 0)
            continue;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid()
            && asprintf(&lock, "%s/" COPY_LOCK, path) >= 0) {
            int fd = open(lock, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd >= 0) {
                stale = flock(fd, LOCK_EX | LOCK_NB) == 0;
                close(fd);
            } else if (errno == ENOENT) {
                stale = time(NULL) - st.st_mtime > 3600;
            }
        }
        if (stale)
            nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
        free(lock);
        free(path);
    }
    closedir(dir);
}

/* Extract the image to a temporary folder, run the app from it, and remove the folder. */
static int run_extracted(const char *self, off_t offset, int argc, char **argv, int skip) {
    const char *tmp = getenv("TMPDIR");
    remove_stale_copies(tmp && *tmp ? tmp : "/tmp");
    char *folder = temporary_folder(EXTRACTED);
    if (folder == NULL)
        return 127;
    int status = 127;
    int lock = lock_copy(folder);
    if (lock >= 0 && extract(self, offset, folder) == 0)
        status = run_app(folder, self, argc, argv, skip);
    nftw(folder, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
    if (lock >= 0)
        close(lock);
    free(folder);
    return status;
}

int main(int argc, char **argv) {
    char self[PATH_MAX];
    const char *target = getenv("TARGET_APPIMAGE");
    if (target != NULL) {
        if (realpath(target, self) == NULL) {
            warn_errno("cannot find", target);
            return 1;
        }
    } else {
        ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
        if (n <= 0) {
            warn("cannot find this AppImage's own file (/proc/self/exe)");
            return 1;
        }
        self[n] = '\0';
    }
    program = argv[0];
    off_t offset = image_offset(self);
    if (offset <= 0)
        return 1;

    const char *option = argc > 1 ? argv[1] : "";
    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (strcmp(option, "--appimage-extract") == 0) {
        const char *dest = argc > 2 ? argv[2] : "squashfs-root";
        return extract(self, offset, dest) == 0 ? 0 : 1;
    }
    int skip = 0;
    int extract_and_run = getenv("APPIMAGE_EXTRACT_AND_RUN") != NULL;
    if (strcmp(option, "--appimage-extract-and-run") == 0) {
        extract_and_run = 1;
        skip = 1;
    } else if (strncmp(option, "--appimage-", 11) == 0) {
        fprintf(stderr, "%s: unknown option %s (known: --appimage-extract [DIR], "
                "--appimage-extract-and-run, --appimage-offset)\n", program, option);
        return 1;
    }
    if (!extract_and_run) {
        int status = run_mounted(self, offset, argc, argv, skip);
        if (status >= 0)
            return status;
        fprintf(stderr, "%s: FUSE cannot be used here, so the app runs from a temporary copy "
                "(install fuse3 to run it in place)\n", program);
    }
    return run_extracted(self, offset, argc, argv, skip);
}
