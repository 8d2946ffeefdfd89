package by.egov.academy.audit.log;

import java.time.LocalDate;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.PageJson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme office searches the audit log (the path is theirs only, see the security configuration). */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditRepository entries;

    AuditController(AuditRepository entries) {
        this.entries = entries;
    }

    @GetMapping
    String search(@RequestParam(required = false) String entity,
                  @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String actor,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page,
                  Model model) {
        AuditFilter filter = new AuditFilter(entity, entityId, actor, from, to, q);
        if (filter.entity() != null && !AuditFilter.ENTITIES.contains(filter.entity())) {
            throw DomainException.invalid("audit.badEntity", "entity", filter.entity());
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw DomainException.invalid("audit.badRange", "to");
        }
        if (filter.q() != null && filter.q().length() > 200 || filter.actor() != null && filter.actor().length() > 200
                || filter.entityId() != null && filter.entityId().length() > 40) {
            throw DomainException.invalid("audit.tooLong", "q");
        }
        int safePage = PageJson.page(page);
        long total = entries.count(filter);
        model.addAttribute("entries", entries.search(filter, PAGE_SIZE, safePage * PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entities", AuditFilter.ENTITIES);
        model.addAttribute("zone", AuditRepository.MINSK);
        return "audit/log";
    }
}
