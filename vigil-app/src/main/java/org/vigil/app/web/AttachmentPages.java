package org.vigil.app.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.attachments.Attachment;
import org.vigil.store.attachments.AttachmentStore;
import org.vigil.store.ledger.Disclosures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Uploading files to a source and downloading them, checked against the hash taken on intake. */
@Controller
public class AttachmentPages {

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final AttachmentStore attachments;

    /** Pages over the store's attachments. */
    public AttachmentPages(Store store, Caller caller, VisibleRecords records) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.attachments = new AttachmentStore(store);
    }

    /** Stores an uploaded file for a source. */
    @PostMapping("/records/{id}/attachments")
    public String upload(@PathVariable String id, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        var source = records.find(id)
                .filter(r -> r.recordType() == RecordType.SOURCE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no source " + id));
        try {
            String name = file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename();
            String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            attachments.add(source.id(), name, type, file.getBytes(), caller.actor());
        } catch (StoreException e) {
            model.addAttribute("message", e.getMessage());
            return "message";
        }
        return "redirect:/records/" + id;
    }

    /**
     * The file, only to those who may read its source's sensitive values (an attachment is evidence as
     * sensitive as a testimony's text), and only if it still matches its hash; to anyone else it does not exist.
     */
    @GetMapping("/attachments/{attachmentId}")
    public ResponseEntity<byte[]> download(@PathVariable String attachmentId) {
        Attachment a = attachments.find(attachmentId)
                .filter(x -> records.find(x.sourceId()).filter(caller::mayReadSensitive).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no attachment " + attachmentId));
        byte[] content = attachments.content(attachmentId);
        // Written to the ledger before a byte leaves, so a leaked file can be traced to who downloaded it.
        new Disclosures(store).record(caller.actor(), "attachment", "attachment=" + attachmentId + " source="
                + a.sourceId(), a.sha256());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", a.sha256())
                .body(content);
    }
}
