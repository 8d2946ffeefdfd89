package by.egov.academy.programme.cycle;

import by.egov.academy.platform.DomainException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme office's programme pages: the list with the default one, a new programme, one programme with its cycles. */
@Controller
@RequestMapping("/manage/programmes")
class ProgrammeController {

    private final ProgrammeService service;
    private final CycleService cycles;

    ProgrammeController(ProgrammeService service, CycleService cycles) {
        this.service = service;
        this.cycles = cycles;
    }

    @GetMapping
    String list(Model model) {
        cycles.checkOffice();
        model.addAttribute("programmes", service.list());
        return "programme/cycle/programmes";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        cycles.checkOffice();
        model.addAttribute("command", new ProgrammeCommand("", "", "", null, "", "", ""));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("command") ProgrammeCommand command, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        cycles.checkOffice();
        // said together with the other errors, not only once they are fixed
        CycleController.required(errors, command.titleRu(), "titleRu", "programme.titleRu.required");
        if (!errors.hasErrors()) {
            try {
                long id = service.create(command);
                redirect.addFlashAttribute("flash", "programme.created");
                return "redirect:/manage/programmes/" + id;
            } catch (DomainException e) {
                CycleController.reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        cycles.checkOffice();
        ProgrammeRow p = service.get(id);
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", ProgrammeCommand.of(p));
        }
        return form(model, p);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") ProgrammeCommand command,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        cycles.checkOffice();
        ProgrammeRow p = service.get(id);
        if (!errors.hasErrors()) {
            try {
                service.update(id, command);
                redirect.addFlashAttribute("flash", "programme.saved");
                return "redirect:/manage/programmes/" + id;
            } catch (DomainException e) {
                CycleController.reject(errors, e);
            }
        }
        return form(model, p);
    }

    @PostMapping("/{id}/default")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        service.makeDefault(id);
        redirect.addFlashAttribute("flash", "programme.madeDefault");
        return "redirect:/manage/programmes";
    }

    private String form(Model model, ProgrammeRow existing) {
        model.addAttribute("programme", existing);
        model.addAttribute("cycles", existing == null ? java.util.List.of() : cycles.list(existing.id()));
        return "programme/cycle/programme-form";
    }
}
