package org.helpdesk.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file that came with a mail, kept for staff to download. Listing attachments never loads their content: the
 * repository reads it for a download only.
 */
@Entity
@Table(name = "mail_attachment")
public class MailAttachment {

    static final int NAME_MAX = 255;
    static final int TYPE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_attachment_seq")
    @SequenceGenerator(name = "mail_attachment_seq", sequenceName = "mail_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inbound_mail_id", nullable = false, updatable = false)
    private InboundMail mail;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = Integer.MAX_VALUE)
    private byte[] content;

    protected MailAttachment() {
        // for JPA
    }

    public MailAttachment(InboundMail mail, int position, ParsedMail.Attachment attachment) {
        this.mail = mail;
        this.position = position;
        this.fileName = safeName(attachment.fileName(), position);
        this.contentType = safeType(attachment.contentType());
        this.content = attachment.content();
        this.size = content.length;
    }

    /** A name without any path, control character or quote, that a browser can offer as it is. */
    static String safeName(String given, int position) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment-" + (position + 1);
        }
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }

    /** The media type without its parameters, or application/octet-stream when it is not one. */
    static String safeType(String given) {
        String type = given == null ? "" : given.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.matches("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}") ? type
                : "application/octet-stream";
    }

    public Long getId() {
        return id;
    }

    public InboundMail getMail() {
        return mail;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }
}
