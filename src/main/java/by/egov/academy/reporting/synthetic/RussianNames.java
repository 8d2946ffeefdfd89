package by.egov.academy.reporting.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible Russian and Belarusian full names (surname, first name, patronymic) in both genders. */
final class RussianNames {

    /** Surnames in the masculine; the feminine is derived ({@link #feminine}). */
    private static final List<String> SURNAMES = List.of(
            "Иванов", "Петров", "Сидоров", "Козлов", "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев",
            "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев",
            "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев", "Ковалёв", "Ильин", "Гусев",
            "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин",
            "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв", "Григорьев", "Лазарев",
            "Медведев", "Ершов", "Никитин", "Соболев", "Рябов", "Поляков", "Цветков", "Данилов", "Жуков", "Фролов",
            "Журавлёв", "Николаев", "Крылов", "Максимов", "Осипов", "Белоусов", "Федотов", "Дорофеев", "Егоров",
            "Калинин", "Кравченко", "Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Мельник", "Ковальчук",
            "Савицкий", "Жданович", "Климович", "Лукашевич", "Радкевич", "Кохановский", "Янкович", "Шинкевич",
            "Гурин", "Лапицкий", "Станкевич", "Карпович", "Буйко", "Ковалевский", "Мартинович", "Грицук", "Левчук",
            "Прокопович", "Сенкевич", "Адамович", "Дубровский", "Мисюкевич", "Жук", "Ярошевич", "Рыбак", "Лещенко");
    private static final List<String> MALE = List.of(
            "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Владимир", "Николай", "Игорь", "Виктор", "Юрий",
            "Михаил", "Евгений", "Олег", "Павел", "Иван", "Василий", "Анатолий", "Геннадий", "Валерий", "Леонид",
            "Вадим", "Константин", "Виталий", "Роман", "Максим", "Денис", "Артём", "Пётр", "Григорий", "Станислав");
    private static final List<String> FEMALE = List.of(
            "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Марина", "Людмила", "Галина",
            "Валентина", "Юлия", "Екатерина", "Оксана", "Алла", "Жанна", "Инна", "Тамара", "Лариса", "Вера",
            "Надежда", "Любовь", "Алина", "Дарья", "Мария", "Виктория", "Анастасия", "Кристина", "Нина", "Зоя");
    /** Fathers' names with the son's and daughter's patronymic. */
    private static final List<String[]> PATRONYMICS = List.of(
            new String[]{"Александрович", "Александровна"}, new String[]{"Сергеевич", "Сергеевна"},
            new String[]{"Андреевич", "Андреевна"}, new String[]{"Дмитриевич", "Дмитриевна"},
            new String[]{"Алексеевич", "Алексеевна"}, new String[]{"Владимирович", "Владимировна"},
            new String[]{"Николаевич", "Николаевна"}, new String[]{"Игоревич", "Игоревна"},
            new String[]{"Викторович", "Викторовна"}, new String[]{"Юрьевич", "Юрьевна"},
            new String[]{"Михайлович", "Михайловна"}, new String[]{"Евгеньевич", "Евгеньевна"},
            new String[]{"Олегович", "Олеговна"}, new String[]{"Павлович", "Павловна"},
            new String[]{"Иванович", "Ивановна"}, new String[]{"Васильевич", "Васильевна"},
            new String[]{"Анатольевич", "Анатольевна"}, new String[]{"Геннадьевич", "Геннадьевна"},
            new String[]{"Валерьевич", "Валерьевна"}, new String[]{"Леонидович", "Леонидовна"},
            new String[]{"Петрович", "Петровна"}, new String[]{"Григорьевич", "Григорьевна"},
            new String[]{"Степанович", "Степановна"}, new String[]{"Фёдорович", "Фёдоровна"},
            new String[]{"Яковлевич", "Яковлевна"}, new String[]{"Антонович", "Антоновна"});

    private RussianNames() {
    }

    static String fullName(RandomGenerator random) {
        boolean female = random.nextInt(100) < 42;
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String first = (female ? FEMALE : MALE).get(random.nextInt(female ? FEMALE.size() : MALE.size()));
        String patronymic = PATRONYMICS.get(random.nextInt(PATRONYMICS.size()))[female ? 1 : 0];
        return (female ? feminine(surname) : surname) + " " + first + " " + patronymic;
    }

    static String feminine(String surname) {
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 4) + "ская";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname; // -ич, -енко, -ук, -ко and the like do not change
    }
}
