package fr.jurye61.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Picocli's usage errors in French, one sentence each, naming the option or the word at fault.
 * Picocli writes its messages in English only; the exception types carry what a sentence needs.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String french(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof CommandLine.OverwrittenOptionException && e.getArgSpec() != null) {
            return "L'option " + name(e.getArgSpec()) + " est donnée plusieurs fois : une seule valeur est admise.";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "Trop de valeurs : " + e.getCommandLine().getCommandSpec().qualifiedName() + " n'en attend pas autant.";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Valeur invalide pour " + name(e.getArgSpec()) + " : « " + e.getValue() + " » n'est pas "
                    + expected(e.getArgSpec()) + ".";
        }
        // A case picocli added after this class was written: its words, said to be picocli's.
        return "Arguments invalides (" + e.getMessage() + ").";
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        String first = words.isEmpty() ? "" : words.get(0);
        CommandLine command = e.getCommandLine();
        if (e.isUnknownOption()) {
            return "Option inconnue : " + first + suggestion(e.getSuggestions()) + ".";
        }
        if (!command.getSubcommands().isEmpty()) {
            return unknownCommand(first, command);
        }
        return "Argument en trop : « " + String.join(" ", words) + " »"
                + (words.size() > 1 ? " (" + words.size() + " mots)" : "") + ".";
    }

    /** « Commande inconnue : nightli (vouliez-vous dire nightly ?) » */
    static String unknownCommand(String word, CommandLine parent) {
        List<String> suggestions = new CommandLine.UnmatchedArgumentException(parent, List.of(word)).getSuggestions();
        return "Commande inconnue : « " + word + " »" + suggestion(suggestions) + ". Les commandes : "
                + String.join(", ", parent.getSubcommands().keySet()) + ".";
    }

    private static String suggestion(List<String> suggestions) {
        if (suggestions == null || suggestions.isEmpty()) {
            return "";
        }
        return " (vouliez-vous dire " + suggestions.stream().limit(3).collect(Collectors.joining(" ou ")) + " ?)";
    }

    private static String missing(CommandLine.MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        if (missing.size() == 1 && missing.get(0).isOption() && e.getMessage() != null
                && e.getMessage().startsWith("Missing required parameter for option")) {
            OptionSpec option = (OptionSpec) missing.get(0);
            return "L'option " + option.longestName() + " attend une valeur (" + option.paramLabel() + ").";
        }
        List<String> options = missing.stream().filter(ArgSpec::isOption).map(a -> name(a) + " "
                + ((OptionSpec) a).paramLabel()).toList();
        List<String> parameters = missing.stream().filter(ArgSpec::isPositional)
                .map(a -> ((PositionalParamSpec) a).paramLabel()).toList();
        StringBuilder sentence = new StringBuilder();
        if (!options.isEmpty()) {
            sentence.append(options.size() == 1 ? "Option obligatoire manquante : " : "Options obligatoires manquantes : ")
                    .append(String.join(", ", options)).append('.');
        }
        if (!parameters.isEmpty()) {
            sentence.append(sentence.isEmpty() ? "" : " ")
                    .append(parameters.size() == 1 ? "Paramètre obligatoire manquant : "
                            : "Paramètres obligatoires manquants : ")
                    .append(String.join(", ", parameters)).append('.');
        }
        return sentence.toString();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    private static String expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "un nombre entier";
        }
        if (type == Path.class) {
            return "un chemin de fichier valide";
        }
        if (type.isEnum()) {
            return "une des valeurs admises (" + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
        return "une valeur admise";
    }
}
