package dev.exoplan.cli.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * exoplan's completion scripts, for bash and for zsh (a native function for zsh's completion system,
 * not bash's script through bashcompinit), made from the command line's own model: every command and
 * option; file names where a file is expected (a value labelled {@code FILE}); the sheet's ids after
 * {@code --goal}, {@code --method}, {@code --clinic} and {@code --variant}, which the script asks of
 * {@code exoplan __complete} ({@link CompletionIds}) with the words of the line; and the values of options
 * and parameters that have a fixed set (an enum, completion candidates). Any other value gets nothing.
 */
public final class CompletionScript {

    /** What completes a value. */
    private enum Kind {
        FILE, IDS, WORDS, NOTHING
    }

    /** One option's or parameter's completion. */
    private record Value(Kind kind, String label, List<String> words) {
    }

    /** An option's or a parameter's name or value a shell can take as one plain word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._+-]+");

    private static final List<String> ID_OPTIONS = List.of("--goal", "--method", "--clinic", "--variant");

    private final CommandLine root;

    public CompletionScript(CommandLine root) {
        this.root = root;
    }

    // ---- bash ----

    public String bash() {
        StringBuilder s = new StringBuilder();
        s.append("# exoplan's completion for bash, made from exoplan's command line (exoplan completion bash).\n")
                .append("# Commands, options, file names where a file is expected, the price sheet's ids after\n")
                .append("# --goal, --method, --clinic and --variant (asked of exoplan itself, quietly), and the\n")
                .append("# values an option takes where they are a fixed set.\n\n");
        s.append("""
                _exoplan_words() {
                  COMPREPLY=($(compgen -W "$1" -- "$cur"))
                }

                _exoplan_files() {
                  compopt -o filenames 2> /dev/null
                  local IFS=$'\\n'
                  COMPREPLY=($(compgen -f -- "$cur"))
                }

                _exoplan_ids() {
                  local ids
                  ids=$(command "${COMP_WORDS[0]}" __complete "$1" "${COMP_WORDS[@]:1}" < /dev/null 2> /dev/null) || return 0
                  COMPREPLY=($(compgen -W "$ids" -- "$cur"))
                }

                _exoplan() {
                  local cur=${COMP_WORDS[COMP_CWORD]} prev= command= i
                  COMPREPLY=()
                  # bash splits --option=value at the '=': the option is then the word before it.
                  if [[ $cur == = ]]; then
                    prev=${COMP_WORDS[COMP_CWORD-1]} cur=
                  elif ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[COMP_CWORD-1]} == = ]]; then
                    prev=${COMP_WORDS[COMP_CWORD-2]}
                  else
                    prev=${COMP_WORDS[COMP_CWORD-1]}
                  fi
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    case ${COMP_WORDS[i]} in
                """);
        s.append("      ").append(String.join("|", root.getSubcommands().keySet()))
                .append(")\n        command=${COMP_WORDS[i]}\n        break\n        ;;\n    esac\n  done\n");
        s.append("  case $command in\n");
        s.append("    '')\n");
        bashCommand(s, root.getCommandSpec(), true);
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            s.append("    ").append(sub.getKey()).append(")\n");
            bashCommand(s, sub.getValue().getCommandSpec(), false);
        }
        s.append("  esac\n  return 0\n}\n\ncomplete -F _exoplan exoplan\n");
        return s.toString();
    }

    private void bashCommand(StringBuilder s, CommandSpec spec, boolean isRoot) {
        StringBuilder cases = new StringBuilder();
        for (OptionSpec option : spec.options()) {
            if (option.arity().max() == 0 || option.hidden()) {
                continue;
            }
            Value value = value(spec, option);
            cases.append("        ").append(String.join("|", option.names())).append(")\n          ")
                    .append(bashAction(value)).append("\n          return 0\n          ;;\n");
        }
        if (cases.length() > 0) {
            s.append("      case $prev in\n").append(cases).append("      esac\n");
        }
        s.append("      if [[ $cur == -* ]]; then\n        _exoplan_words '")
                .append(String.join(" ", optionNames(spec))).append("'\n");
        if (isRoot) {
            s.append("      else\n        _exoplan_words '").append(String.join(" ", root.getSubcommands().keySet()))
                    .append("'\n");
        } else {
            positional(spec).ifPresent(value -> s.append("      else\n        ").append(bashAction(value))
                    .append('\n'));
        }
        s.append("      fi\n      ;;\n");
    }

    private static String bashAction(Value value) {
        return switch (value.kind()) {
            case FILE -> "_exoplan_files";
            case IDS -> "_exoplan_ids " + value.label();
            case WORDS -> "_exoplan_words '" + String.join(" ", value.words()) + "'";
            case NOTHING -> ":";
        };
    }

    // ---- zsh ----

    public String zsh() {
        StringBuilder s = new StringBuilder();
        s.append("#compdef exoplan\n")
                .append("# exoplan's completion for zsh, made from exoplan's command line (exoplan completion zsh).\n")
                .append("# Commands, options, file names where a file is expected, the price sheet's ids after\n")
                .append("# --goal, --method, --clinic and --variant (asked of exoplan itself, quietly), and the\n")
                .append("# values an option takes where they are a fixed set. Found in fpath by compinit, or\n")
                .append("# loaded by source <(exoplan completion zsh) after compinit.\n\n");
        s.append("""
                _exoplan_ids() {
                  local -a ids
                  ids=(${(f)"$(command ${exoplan_line[1]} __complete $1 "${(@)exoplan_line[2,-1]}" < /dev/null 2> /dev/null)"})
                  compadd -a ids
                }

                _exoplan() {
                  local curcontext=$curcontext state state_descr line ret=1
                  local -a exoplan_line
                  typeset -A opt_args
                  exoplan_line=("${(@)words}")
                  _arguments -C \\
                """);
        for (String spec : zshSpecs(root.getCommandSpec())) {
            s.append("    ").append(spec).append(" \\\n");
        }
        s.append("    '1:command:(").append(String.join(" ", root.getSubcommands().keySet())).append(")' \\\n")
                .append("    '*::argument:->command' && ret=0\n");
        s.append("  if [[ $state == command ]]; then\n")
                .append("    curcontext=${curcontext%:*:*}:exoplan-$words[1]:\n")
                .append("    case $words[1] in\n");
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            s.append("      ").append(sub.getKey()).append(")\n        _arguments");
            for (String arg : zshSpecs(spec)) {
                s.append(" \\\n          ").append(arg);
            }
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                Value value = positionalValue(spec, positional);
                String position = positional.arity().max() > 1 || positional.index().max() > positional.index().min()
                        ? "*" : String.valueOf(positional.index().min() + 1);
                s.append(" \\\n          '").append(position).append(':').append(value.label()).append(':')
                        .append(zshAction(value)).append('\'');
            }
            s.append(" && ret=0\n        ;;\n");
        }
        s.append("    esac\n  fi\n  return ret\n}\n\n");
        s.append("""
                if [[ $funcstack[1] == _exoplan ]]; then
                  _exoplan "$@"
                else
                  compdef _exoplan exoplan
                fi
                """);
        return s.toString();
    }

    private List<String> zshSpecs(CommandSpec spec) {
        List<String> specs = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            String repeat = option.isMultiValue() ? "*" : "";
            for (String name : option.names()) {
                if (option.arity().max() == 0) {
                    specs.add("'" + repeat + name + "'");
                } else {
                    Value value = value(spec, option);
                    specs.add("'" + repeat + name + (name.startsWith("--") ? "=" : "") + ":" + value.label() + ":"
                            + zshAction(value) + "'");
                }
            }
        }
        return specs;
    }

    private static String zshAction(Value value) {
        return switch (value.kind()) {
            case FILE -> "_files";
            case IDS -> "{_exoplan_ids " + value.label() + "}";
            case WORDS -> "(" + String.join(" ", value.words()) + ")";
            case NOTHING -> " ";
        };
    }

    // ---- the model ----

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        spec.options().stream().filter(o -> !o.hidden()).forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }

    private static Optional<Value> positional(CommandSpec spec) {
        return spec.positionalParameters().stream().findFirst().map(p -> positionalValue(spec, p));
    }

    private Value value(CommandSpec spec, OptionSpec option) {
        String name = option.longestName();
        if (ID_OPTIONS.contains(name)) {
            return new Value(Kind.IDS, name.substring(2), List.of());
        }
        return value(spec, option, name.replaceFirst("^-+", ""));
    }

    private static Value positionalValue(CommandSpec spec, PositionalParamSpec positional) {
        if (spec.helpCommand()) {
            return new Value(Kind.WORDS, "command", List.copyOf(spec.root().subcommands().keySet()));
        }
        return value(spec, positional, plain(positional.paramLabel().toLowerCase(Locale.ROOT)));
    }

    private static Value value(CommandSpec spec, ArgSpec arg, String label) {
        if (arg.paramLabel().equals("FILE")) {
            return new Value(Kind.FILE, "file", List.of());
        }
        List<String> words = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(words::add);
        }
        words.removeIf(word -> !PLAIN.matcher(word).matches());
        return words.isEmpty() ? new Value(Kind.NOTHING, label, List.of()) : new Value(Kind.WORDS, label, words);
    }

    private static String plain(String label) {
        StringJoiner plain = new StringJoiner("");
        label.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c) || c == '-')
                .forEach(c -> plain.add(Character.toString(c)));
        return plain.length() == 0 ? "value" : plain.toString();
    }
}
