package by.egov.academy.competence.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bulk issue for scripts: start it, then read its progress (the benchmark drives it this way). */
@RestController
class BatchApi {

    private final CertificateBatches batches;

    BatchApi(CertificateBatches batches) {
        this.batches = batches;
    }

    @PostMapping("/api/v1/seminars/{id}/certificate-batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CertificateBatch start(@PathVariable long id, @RequestParam(required = false) String language) {
        return batches.start(id, language);
    }

    @GetMapping("/api/v1/certificate-batches/{batchId}")
    CertificateBatch progress(@PathVariable long batchId) {
        return batches.find(batchId);
    }
}
