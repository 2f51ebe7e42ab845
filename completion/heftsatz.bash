# bash completion for heftsatz: commands, options, option values and issue
# folders. Installed as share/bash-completion/completions/heftsatz, where
# bash-completion loads it on the first <Tab> after "heftsatz".
# Uses no bash-completion helpers, so it also works sourced on its own
# (tests/install/completion.sh does that).

# The folders the word being completed may name that hold an issue.xml, and
# those to descend into to reach one.
_heftsatz_issue_folders() {
    local cur=$1 dir
    local IFS=$'\n'
    for dir in $(compgen -d -- "$cur"); do
        if [[ -f $dir/issue.xml ]]; then
            COMPREPLY+=("$dir")
        elif compgen -G "$dir/*/issue.xml" >/dev/null || compgen -G "$dir/*/*/issue.xml" >/dev/null; then
            # A folder with issue folders one or two levels down (issues/)
            # is offered to descend into, with "/" and no space after it.
            COMPREPLY+=("$dir/")
        fi
    done
}

_heftsatz() {
    local cur prev command i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    command=${COMP_WORDS[1]}

    if ((COMP_CWORD == 1)); then
        mapfile -t COMPREPLY < <(compgen -W "build check plan watch archive --print-data-dirs --version --help" -- "$cur")
        return
    fi

    case $prev in
        --profile)
            mapfile -t COMPREPLY < <(compgen -W "reader archive print" -- "$cur")
            return ;;
        --layout)
            # The layouts the issue folder or the installed data offer, by name.
            local names=() layouts_dir
            for layouts_dir in ./layouts "${COMP_WORDS[2]}/layouts" "${HEFTSATZ_DATA:-}/layouts" \
                               "$(dirname "$(readlink -f "$(command -v heftsatz 2>/dev/null || echo /nonexistent)")")/../share/heftsatz/layouts"; do
                [[ -d $layouts_dir ]] || continue
                for i in "$layouts_dir"/*.xml; do
                    [[ -f $i ]] && names+=("$(basename "$i" .xml)")
                done
            done
            mapfile -t COMPREPLY < <(compgen -W "${names[*]}" -- "$cur")
            return ;;
        -o | --output | --report)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --data-dir)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return ;;
        --shard)
            mapfile -t COMPREPLY < <(compgen -W "1/2 2/2 1/3 2/3 3/3" -- "$cur")
            return ;;
        --base-url)
            return ;;
        -j | --jobs)
            mapfile -t COMPREPLY < <(compgen -W "1 2 4 8 $(nproc 2>/dev/null)" -- "$cur")
            return ;;
        --jpeg-quality)
            mapfile -t COMPREPLY < <(compgen -W "60 75 85 95" -- "$cur")
            return ;;
    esac

    local options
    case $command in
        build) options="-o --output --profile --all-profiles --jpeg-quality --no-linearize --linearize --report --strict --typography
                        --data-dir --layout -j --jobs -q --quiet --timings" ;;
        check) options="--report --strict --typography --data-dir --layout -j --jobs -q --quiet --timings" ;;
        plan) options="-o --output --report --strict --typography --data-dir --layout -j --jobs -q --quiet --timings" ;;
        watch) options="-o --output --profile --jpeg-quality --linearize --no-linearize --data-dir --layout -j --jobs -q --quiet" ;;
        archive) options="-o --output --shard --merge --base-url --data-dir -j --jobs -q --quiet --strict" ;;
        --print-data-dirs) options="--data-dir" ;;
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    # One issue per command: once one is given, only options remain.
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -o | --output | --report | --data-dir | --layout | --profile | -j | --jobs | --jpeg-quality | --shard | --base-url) i=$((i + 1)) ;;
            -*) ;;
            *) mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur"); return ;;
        esac
    done
    # archive takes the folder that holds the issue folders.
    if [[ $command == archive ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
    fi
    _heftsatz_issue_folders "$cur"
    # A lone folder to descend into completes without a trailing space.
    if ((${#COMPREPLY[@]} == 1)) && [[ ${COMPREPLY[0]} == */ ]]; then
        compopt -o nospace 2>/dev/null || true
    fi
}

complete -F _heftsatz heftsatz
