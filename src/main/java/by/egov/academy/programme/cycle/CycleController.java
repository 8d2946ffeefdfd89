package by.egov.academy.programme.cycle;

import by.egov.academy.platform.DomainException;
import by.egov.academy.platform.Flash;
import by.egov.academy.platform.FormBinding;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office's cycle pages: a new cycle, a cycle's titles and description, closing and reopening, and
 * the order of its seminars. (The cycle's own page, {@code /manage/cycles/{id}}, lists its seminars.)
 */
@Controller
@RequestMapping("/manage/cycles")
class CycleController {

    private final CycleService service;
    private final ProgrammeService programmes;

    CycleController(CycleService service, ProgrammeService programmes) {
        this.service = service;
        this.programmes = programmes;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long programmeId, Model model) {
        service.checkOffice();
        Long programme = programmeId != null ? programmeId : programmes.list().stream().filter(ProgrammeRow::isDefault)
                .map(ProgrammeRow::id).findFirst().orElse(null);
        model.addAttribute("command", new CycleCommand(programme, "", "", "", "", "", ""));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("command") CycleCommand command, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        service.checkOffice();
        required(errors, command.titleRu(), "titleRu", "cycle.titleRu.required"); // said with the other errors at once
        if (!errors.hasErrors()) {
            try {
                long id = service.create(command);
                redirect.addFlashAttribute("flash", "cycle.created");
                return "redirect:/manage/cycles/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        service.checkOffice();
        Cycle c = service.get(id);
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", CycleCommand.of(c));
        }
        return form(model, c);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") CycleCommand command, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        service.checkOffice();
        Cycle c = service.get(id);
        if (!errors.hasErrors()) {
            try {
                service.update(id, command);
                redirect.addFlashAttribute("flash", "cycle.saved");
                return "redirect:/manage/cycles/" + id + "/edit";
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, c);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        service.setClosed(id, true);
        redirect.addFlashAttribute("flash", "cycle.closedDone");
        return "redirect:/manage/cycles/" + id + "/edit";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        service.setClosed(id, false);
        redirect.addFlashAttribute("flash", "cycle.reopened");
        return "redirect:/manage/cycles/" + id + "/edit";
    }

    @GetMapping("/{id}/order")
    String order(@PathVariable long id, Model model) {
        service.checkOffice();
        model.addAttribute("cycle", service.get(id));
        model.addAttribute("seminars", service.seminars(id));
        return "programme/cycle/cycle-order";
    }

    /** One seminar a place up or down; the page shows the new order. */
    @PostMapping("/{id}/order")
    String move(@PathVariable long id, @RequestParam(required = false) Long seminarId,
                @RequestParam(required = false) String direction, RedirectAttributes redirect) {
        service.checkOffice();
        service.get(id);
        if (seminarId == null || !("up".equals(direction) || "down".equals(direction))) {
            Flash.error(redirect, "cycle.order.badMove");
            return "redirect:/manage/cycles/" + id + "/order";
        }
        try {
            service.move(id, seminarId, "up".equals(direction));
            redirect.addFlashAttribute("flash", "cycle.order.saved");
        } catch (DomainException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/manage/cycles/" + id + "/order";
    }

    private String form(Model model, Cycle existing) {
        model.addAttribute("cycle", existing);
        model.addAttribute("programmes", programmes.list());
        return "programme/cycle/cycle-form";
    }

    /** A required text of a new object, refused in the form together with any other error. */
    static void required(BindingResult errors, String value, String field, String code) {
        if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code, code);
        }
    }

    static void reject(BindingResult errors, DomainException e) {
        if (e.field() != null && !e.field().isEmpty()) {
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
        } else {
            errors.reject(e.messageCode(), e.args(), e.messageCode());
        }
    }
}
