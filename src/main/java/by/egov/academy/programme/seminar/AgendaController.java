package by.egov.academy.programme.seminar;

import java.util.Locale;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seminar's agenda beyond adding a talk: removing and copying talks, and a talk's own page for its speaker. */
@Controller
class AgendaController {

    private final AgendaService agendaService;
    private final SeminarService service;
    private final AgendaRepository agenda;
    private final ProgrammeAccess access;
    private final by.egov.academy.programme.material.MaterialService materials;

    AgendaController(AgendaService agendaService, SeminarService service, AgendaRepository agenda, ProgrammeAccess access,
                     by.egov.academy.programme.material.MaterialService materials) {
        this.agendaService = agendaService;
        this.service = service;
        this.agenda = agenda;
        this.access = access;
        this.materials = materials;
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        return SeminarActions.act(id, redirect, done, "#agenda", action);
    }

    @PostMapping("/manage/seminars/{id}/talks/{talkId}/delete")
    String deleteTalk(@PathVariable long id, @PathVariable long talkId, jakarta.servlet.http.HttpServletRequest request,
                      Model model, Locale locale, RedirectAttributes redirect) {
        if (!by.egov.academy.platform.Confirmation.given(request)) {
            Seminar s = service.get(id);
            service.checkManage(s);
            Talk talk = agenda.talks(id).stream().filter(t -> t.id() == talkId).findFirst()
                    .orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
            long files = materials.ofSeminar(id).stream().filter(m -> m.talkId() != null && m.talkId() == talkId).count();
            return by.egov.academy.platform.Confirmation.ask(model, request, "confirm.talk.title", talk.title(locale),
                    "/manage/seminars/" + id + "#agenda",
                    new by.egov.academy.platform.Confirmation.Line("confirm.talk.consequence", s.title(locale)),
                    new by.egov.academy.platform.Confirmation.Line("confirm.talk.files", files),
                    new by.egov.academy.platform.Confirmation.Line("confirm.irreversible"));
        }
        return act(id, redirect, "talk.deleted", () -> agendaService.deleteTalk(id, talkId));
    }

    @PostMapping("/manage/seminars/{id}/copy-agenda")
    String copyAgenda(@PathVariable long id, @RequestParam long from, RedirectAttributes redirect) {
        return act(id, redirect, "seminar.agendaCopied", () -> agendaService.copyAgenda(from, id));
    }

    /** Expert's own page for a talk: titles only. */
    @GetMapping("/manage/talks/{talkId}")
    String talkForm(@PathVariable long talkId, Model model, Locale locale) {
        long seminarId = agenda.talkSeminar(talkId).orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
        Seminar s = service.get(seminarId);
        if (!access.canEditTalk(s, talkId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your talk");
        }
        model.addAttribute("talk", agenda.talks(seminarId).stream().filter(t -> t.id() == talkId).findFirst().orElseThrow());
        model.addAttribute("seminar", s);
        model.addAttribute("materials", materials.ofSeminar(seminarId).stream()
                .filter(m -> m.talkId() != null && m.talkId() == talkId).toList());
        return "programme/talk";
    }

    @PostMapping("/manage/talks/{talkId}")
    String talkTitles(@PathVariable long talkId, @RequestParam(required = false) String titleRu,
                      @RequestParam(required = false) String titleBe, @RequestParam(required = false) String titleEn,
                      RedirectAttributes redirect) {
        try {
            agendaService.updateTalkTitles(talkId, titleRu, titleBe, titleEn);
            redirect.addFlashAttribute("flash", "talk.saved");
        } catch (DomainException e) {
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return "redirect:/manage/talks/" + talkId;
    }
}
