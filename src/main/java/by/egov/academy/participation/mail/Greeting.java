package by.egov.academy.participation.mail;

import java.util.Locale;

/**
 * How a letter addresses a person: by first name and patronymic with «Уважаемый»/«Уважаемая» («Паважаны»/
 * «Паважаная») chosen from the patronymic's ending (-вич/-віч, -ич: a man; -вна, -чна, -ична: a woman), never
 * «Уважаемый(ая)»; without a patronymic a neutral greeting by the full name.
 */
public final class Greeting {

    private Greeting() {
    }

    public static String of(String fullName, Locale locale) {
        String name = fullName == null ? "" : fullName.strip();
        String lang = locale == null ? "ru" : locale.getLanguage();
        if (lang.equals("en")) {
            return "Dear " + name + ",";
        }
        String[] parts = name.split("\\s+");
        if (parts.length == 3) {
            String patronymic = parts[2].toLowerCase(Locale.ROOT);
            String firstAndPatronymic = parts[1] + " " + parts[2];
            boolean man = patronymic.endsWith("вич") || patronymic.endsWith("віч") || patronymic.endsWith("ич")
                    || patronymic.endsWith("іч");
            boolean woman = patronymic.endsWith("вна") || patronymic.endsWith("чна") || patronymic.endsWith("шна");
            if (man || woman) {
                String word = lang.equals("be") ? (man ? "Паважаны" : "Паважаная") : (man ? "Уважаемый" : "Уважаемая");
                return word + " " + firstAndPatronymic + "!";
            }
        }
        return (lang.equals("be") ? "Добры дзень, " : "Здравствуйте, ") + name + "!";
    }
}
