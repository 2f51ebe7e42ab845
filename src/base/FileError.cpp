#include "base/FileError.h"

#include <cctype>
#include <cerrno>

namespace heftsatz {

std::string file_error_words(int error_number) {
    switch (error_number) {
        case 0: return "no error was reported";  // never "Success" in a failure message
        case EACCES:
        case EPERM: return "permission denied";
        case ENOENT: return "not found";
        case ENOTDIR: return "a part of the path is a file, not a folder";
        case EISDIR: return "it is a folder";
        case ENOSPC: return "the disk is full";
        case EDQUOT: return "the disk quota is used up";
        case EROFS: return "the file system is read-only";
        case EFBIG: return "the file is larger than this system allows (see ulimit -f)";
        case ENAMETOOLONG: return "the name is too long";
        case ELOOP: return "too many symbolic links in the path";
        case EEXIST: return "a file of that name exists";
        case EIO: return "input/output error: the disk or network file system failed";
        case EMFILE:
        case ENFILE: return "too many files are open";
        case EXDEV: return "the target is on another file system";
        case EBUSY: return "the file is in use";
        case ETXTBSY: return "the file is a running program";
        default: break;
    }
    std::string words = std::generic_category().message(error_number);
    if (!words.empty()) words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
    return words;
}

}  // namespace heftsatz
