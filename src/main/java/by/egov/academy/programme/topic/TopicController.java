package by.egov.academy.programme.topic;

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

/** The topic pages: the list, a new topic (or a coordinator's proposal), one topic with its actions. */
@Controller
@RequestMapping("/manage/topics")
class TopicController {

    private final TopicService service;

    TopicController(TopicService service) {
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) TopicState state,
                @RequestParam(defaultValue = "false") boolean retired, Model model) {
        model.addAttribute("topics", service.search(new TopicRepository.Filter(q, state, retired)));
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("retired", retired);
        model.addAttribute("states", TopicState.values());
        model.addAttribute("office", service.isOffice());
        return "programme/topic/topics";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        service.checkRead();
        model.addAttribute("command", new TopicCommand("", "", "", ""));
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("command") TopicCommand command, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        errors = FormBinding.rebind(command, errors, model);
        service.checkRead(); // refused before anything is said about the input
        if ((command.nameRu() == null || command.nameRu().isBlank()) && !errors.hasFieldErrors("nameRu")) {
            errors.rejectValue("nameRu", "topic.nameRu.required", "topic.nameRu.required"); // with the other errors at once
        }
        if (!errors.hasErrors()) {
            try {
                long id = service.create(command);
                redirect.addFlashAttribute("flash", service.isOffice() ? "topic.created" : "topic.proposed");
                return "redirect:/manage/topics/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Topic t = service.get(id);
        if (!model.containsAttribute("command")) {
            model.addAttribute("command", TopicCommand.of(t));
        }
        return form(model, t);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("command") TopicCommand command, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return save(id, command, errors, model, redirect, false);
    }

    /** Approval from the topic's form: the office may correct the names in the same step. */
    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute("command") TopicCommand command, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return save(id, command, errors, model, redirect, true);
    }

    private String save(long id, TopicCommand command, BindingResult errors, Model model, RedirectAttributes redirect,
                        boolean approve) {
        errors = FormBinding.rebind(command, errors, model);
        Topic t = service.get(id);
        if (!service.isOffice()) {
            throw new org.springframework.security.access.AccessDeniedException("programme office only");
        }
        if (!errors.hasErrors()) {
            try {
                if (approve) {
                    service.approve(id, command);
                } else {
                    service.update(id, command);
                }
                redirect.addFlashAttribute("flash", approve ? "topic.approved" : "topic.saved");
                return "redirect:/manage/topics/" + id;
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        return form(model, t);
    }

    @PostMapping("/{id}/reject")
    String rejectTopic(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "topic.rejected", () -> service.reject(id));
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  org.springframework.ui.Model model, java.util.Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Topic t = service.forOffice(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.topic.retire.title", t.name(locale), "/manage/topics/" + id,
                    new by.egov.academy.platform.Confirmation.Line("confirm.topic.retire.consequence", t.talkCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.reversible"));
        }
        return act(id, redirect, "topic.retiredDone", () -> service.retire(id));
    }

    @PostMapping("/{id}/unretire")
    String unretire(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "topic.unretired", () -> service.unretire(id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request,
                  org.springframework.ui.Model model, java.util.Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Topic t = service.forOffice(id);
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.topic.delete.title", t.name(locale), "/manage/topics/" + id,
                    new by.egov.academy.platform.Confirmation.Line(t.talkCount() == 0 ? "confirm.topic.delete.consequence" : "confirm.inUse.talks", t.talkCount()),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        try {
            service.delete(id);
        } catch (DomainException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            Flash.error(redirect, e);
            return "redirect:/manage/topics/" + id;
        }
        redirect.addFlashAttribute("flash", "topic.deleted");
        return "redirect:/manage/topics";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            Flash.error(redirect, e);
        }
        return "redirect:/manage/topics/" + id;
    }

    private String form(Model model, Topic existing) {
        model.addAttribute("topic", existing);
        model.addAttribute("office", service.isOffice());
        return existing == null ? "programme/topic/topic-form" : "programme/topic/topic";
    }

    static void reject(BindingResult errors, DomainException e) {
        if (e.field() != null && !e.field().isEmpty()) {
            errors.rejectValue(e.field(), e.messageCode(), e.args(), e.messageCode());
        } else {
            errors.reject(e.messageCode(), e.args(), e.messageCode());
        }
    }
}
