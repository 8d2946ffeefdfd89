package by.egov.academy.directory.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import by.egov.academy.directory.access.DirectoryAccess;
import by.egov.academy.directory.official.Leadership;
import by.egov.academy.directory.official.OfficialCommand;
import by.egov.academy.directory.official.OfficialRepository;
import by.egov.academy.directory.organisation.Organisation;
import by.egov.academy.directory.organisation.OrganisationRepository;
import by.egov.academy.platform.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Turns a file's rows into official commands and says, row by row and field by field, what is wrong:
 * missing fields, a bad e-mail, an unknown organisation, a duplicate of an official already in the
 * directory (by e-mail) or of another row of the same file.
 */
@Component
class OfficialRowValidator {

    enum Column {
        FULL_NAME("фио", "ф.и.о.", "full_name", "full name", "name", "прозвішча, імя, імя па бацьку", "піб"),
        POSITION("должность", "position", "пасада"),
        LEADERSHIP("руководство", "leadership", "статус", "роль", "кіраўніцтва"),
        ORGANISATION("организация", "organisation", "organization", "organisation_id", "арганізацыя"),
        EMAIL("e-mail", "email", "электронная почта", "эл. почта", "почта", "электронная пошта"),
        PHONE("телефон", "phone", "тэлефон"),
        LANGUAGE("язык", "language", "мова");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private final Validator validator;
    private final OrganisationRepository organisations;
    private final OfficialRepository officials;
    private final DirectoryAccess access;
    private final Clock clock;

    OfficialRowValidator(Validator validator, OrganisationRepository organisations, OfficialRepository officials,
                         DirectoryAccess access, Clock clock) {
        this.validator = validator;
        this.organisations = organisations;
        this.officials = officials;
        this.access = access;
        this.clock = clock;
    }

    ImportPreview validate(RawTable table, String fileName, long accountId) {
        Map<Column, Integer> columns = mapHeader(table.header());
        List<Column> missing = new ArrayList<>();
        for (Column c : List.of(Column.FULL_NAME, Column.POSITION, Column.ORGANISATION, Column.EMAIL)) {
            if (!columns.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid("import.header.missing", "file",
                    String.join(", ", missing.stream().map(c -> c.names.get(0)).toList()));
        }
        OrganisationIndex orgIndex = new OrganisationIndex(organisations.allInScope(access.readScope()));

        List<String> emails = table.rows().stream()
                .map(r -> r.cell(columns.get(Column.EMAIL)).toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList();
        Map<String, Long> existing = officials.existingEmailTerritories(new HashSet<>(emails));
        Set<String> seenInFile = new HashSet<>();

        List<ImportPreview.ValidRow> valid = new ArrayList<>();
        List<ImportPreview.InvalidRow> invalid = new ArrayList<>();
        for (RawTable.RawRow row : table.rows()) {
            List<ImportPreview.Problem> problems = new ArrayList<>();
            String fullName = row.cell(columns.get(Column.FULL_NAME));
            String position = row.cell(columns.get(Column.POSITION));
            String email = row.cell(columns.get(Column.EMAIL));
            String phone = columns.containsKey(Column.PHONE) ? row.cell(columns.get(Column.PHONE)) : "";
            String leadershipText = columns.containsKey(Column.LEADERSHIP) ? row.cell(columns.get(Column.LEADERSHIP)) : "";
            Leadership leadership = parseLeadership(leadershipText, position);
            if (leadership == null) {
                problems.add(new ImportPreview.Problem("leadership", "import.row.leadership", new Object[]{leadershipText}));
            }
            String orgText = row.cell(columns.get(Column.ORGANISATION));
            Organisation org = null;
            if (orgText.isEmpty()) {
                problems.add(new ImportPreview.Problem("organisationId", "NotBlank", new Object[0]));
            } else {
                OrganisationIndex.Match match = orgIndex.find(orgText);
                if (match.ambiguous()) {
                    problems.add(new ImportPreview.Problem("organisationId", "import.row.organisationAmbiguous",
                            new Object[]{orgText}));
                } else if (match.organisation() == null) {
                    problems.add(new ImportPreview.Problem("organisationId", "import.row.organisationUnknown",
                            new Object[]{orgText}));
                } else {
                    org = match.organisation();
                }
            }
            String language = columns.containsKey(Column.LANGUAGE)
                    ? row.cell(columns.get(Column.LANGUAGE)).toLowerCase(Locale.ROOT) : "";
            OfficialCommand command = new OfficialCommand(fullName, position,
                    leadership == null ? Leadership.OTHER : leadership,
                    org == null ? -1L : org.id(), email, phone.isEmpty() ? null : phone, language.isEmpty() ? null : language);
            for (ConstraintViolation<OfficialCommand> v : validator.validate(command)) {
                problems.add(problem(v));
            }
            String emailKey = email.toLowerCase(Locale.ROOT);
            if (!email.isEmpty()) {
                if (existing.containsKey(emailKey)) {
                    // whose the address is, only for those who may read that official (see OfficialService)
                    problems.add(access.canRead(existing.get(emailKey))
                            ? new ImportPreview.Problem("email", "import.row.duplicateExisting", new Object[]{email})
                            : new ImportPreview.Problem("email", "official.emailUnavailable", new Object[0]));
                } else if (!seenInFile.add(emailKey)) {
                    problems.add(new ImportPreview.Problem("email", "import.row.duplicateInFile", new Object[]{email}));
                }
            }
            if (problems.isEmpty()) {
                valid.add(new ImportPreview.ValidRow(row.line(), command, org.nameRu()));
            } else {
                invalid.add(new ImportPreview.InvalidRow(row.line(), row.cells(), problems));
            }
        }
        return new ImportPreview(UUID.randomUUID().toString(), accountId, fileName, clock.instant(), valid, invalid);
    }

    /** The same code and arguments Spring gives a form's field error, so one message text serves both. */
    private static ImportPreview.Problem problem(ConstraintViolation<OfficialCommand> v) {
        var descriptor = v.getConstraintDescriptor();
        String code = descriptor.getAnnotation().annotationType().getSimpleName();
        List<Object> args = new ArrayList<>();
        args.add(v.getPropertyPath().toString());
        new java.util.TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
            if (!List.of("groups", "message", "payload").contains(name)) {
                args.add(value);
            }
        });
        return new ImportPreview.Problem(v.getPropertyPath().toString(), code, args.toArray());
    }

    private static Map<Column, Integer> mapHeader(List<String> header) {
        Map<Column, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
            for (Column c : Column.values()) {
                if (c.names.contains(h) && !map.containsKey(c)) {
                    map.put(c, i);
                }
            }
        }
        return map;
    }

    /** Accepts the enum names and the words people write; when the column is absent, guesses from the position. */
    static Leadership parseLeadership(String text, String position) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            String p = position.toLowerCase(Locale.ROOT);
            if (p.startsWith("заместител") || p.startsWith("намеснік") || p.startsWith("deputy")) {
                return Leadership.DEPUTY_HEAD;
            }
            if (p.startsWith("председател") || p.startsWith("старшын") || p.startsWith("глава")
                    || p.startsWith("директор") || p.startsWith("начальник") || p.startsWith("chair")
                    || p.startsWith("head") || p.startsWith("director") || p.startsWith("кіраўнік")
                    || p.startsWith("руководител") || p.startsWith("дырэктар")) {
                return Leadership.HEAD;
            }
            return Leadership.OTHER;
        }
        return switch (t) {
            case "head", "руководитель", "кіраўнік" -> Leadership.HEAD;
            case "deputy_head", "deputy", "deputy head", "заместитель", "заместитель руководителя", "намеснік" ->
                    Leadership.DEPUTY_HEAD;
            case "other", "другое", "иное", "іншае", "специалист" -> Leadership.OTHER;
            default -> null;
        };
    }

    /** Finds organisations by id or by exact Russian or Belarusian name (case- and ё/е-insensitive). */
    static final class OrganisationIndex {
        record Match(Organisation organisation, boolean ambiguous) {
        }

        private final Map<Long, Organisation> byId = new HashMap<>();
        private final Map<String, List<Organisation>> byName = new HashMap<>();

        OrganisationIndex(List<Organisation> organisations) {
            for (Organisation o : organisations) {
                byId.put(o.id(), o);
                byName.computeIfAbsent(key(o.nameRu()), k -> new ArrayList<>()).add(o);
                if (o.nameBe() != null && !key(o.nameBe()).equals(key(o.nameRu()))) {
                    byName.computeIfAbsent(key(o.nameBe()), k -> new ArrayList<>()).add(o);
                }
            }
        }

        Match find(String text) {
            if (text.matches("\\d{1,18}")) {
                return new Match(byId.get(Long.parseLong(text)), false);
            }
            List<Organisation> found = byName.getOrDefault(key(text), List.of());
            return new Match(found.size() == 1 ? found.get(0) : null, found.size() > 1);
        }

        private static String key(String s) {
            return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
    }
}
