package org.helpdesk.infrastructure.mail.inbound;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.helpdesk.domain.mail.MailReceiver;
import org.helpdesk.domain.mail.ParsedMail;

/**
 * Reads one mailbox, for as long as this server holds its lease: every mail in the inbox, oldest first, is parsed
 * and handed to the {@link MailReceiver}, which records it in a transaction of its own; only after that committed is
 * the mail marked seen and moved to the processed folder. A mail that cannot be read goes to the errors folder, so
 * it never holds up the mails behind it. Then the reader waits with IMAP IDLE (or, on a server without it, for the
 * poll interval) and starts again. A broken connection or a database that is down makes it wait and retry, longer
 * each time up to five minutes (helpdesk.mail.in.retry-max-seconds); nothing is lost meanwhile, since the mails stay in the inbox.
 */
final class MailboxReader implements Runnable {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    static final Duration LEASE = Duration.ofSeconds(90);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(60);
    private static final int BATCH = 100;
    /** How much mail one prefetch brings into memory at most. */
    private static final long PREFETCH_BYTES = 8L * 1024 * 1024;
    private static final int ATTEMPTS_BEFORE_ERRORS_FOLDER = 3;

    private final MailInSettings.Mailbox box;
    private final long maxBytes;
    private final Duration longestBackoff;
    private final MailReceiver receiver;
    private final Leases leases;
    private final MailParser parser;
    private final ScheduledExecutorService watchdog;
    private final String holder;
    private final Map<String, Integer> failures = new HashMap<>();
    private final Object pause = new Object();

    private volatile boolean running = true;
    /** Set (under {@code pause}'s lock) to end the current pause early: there is work now. */
    private boolean wakeRequested;
    private volatile Folder inbox;
    private String lastProblem;

    MailboxReader(MailInSettings.Mailbox box, MailInSettings settings, MailReceiver receiver, Leases leases,
            MailParser parser, ScheduledExecutorService watchdog, String holder) {
        this.box = box;
        this.maxBytes = settings.maxBytes();
        this.longestBackoff = settings.longestRetry();
        this.receiver = receiver;
        this.leases = leases;
        this.parser = parser;
        this.watchdog = watchdog;
        this.holder = holder;
    }

    @Override
    public void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                if (readWhileHolding()) {
                    backoff = Duration.ofSeconds(1);
                } else {
                    pause(LONGEST_WAIT);
                }
            } catch (MessagingException | RuntimeException e) {
                problem(e);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(longestBackoff) > 0 ? longestBackoff
                        : backoff.multipliedBy(2);
            }
        }
        try {
            leases.release(box.code(), holder);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease of mailbox " + box.code() + " not released: it expires by itself", e);
        }
    }

    /** Stops after the mail being handled now, ending a wait at once. */
    void stop() {
        synchronized (pause) {
            running = false;
            pause.notifyAll();
        }
        wakeUp();
    }

    private void pause(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        synchronized (pause) {
            long left;
            while (running && !wakeRequested && (left = end - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(pause, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wakeRequested = false;
        }
    }

    private void problem(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!text.equals(lastProblem)) {
            LOG.warning(() -> "Mailbox " + box + ": " + text + " (trying again, at most every "
                    + longestBackoff.toSeconds() + " s; the mails wait in the mailbox)");
            lastProblem = text;
        }
    }

    /**
     * Connects first, then takes the lease, so that a mail server that is down costs the database nothing.
     *
     * @return false if another server holds the lease
     */
    private boolean readWhileHolding() throws MessagingException {
        Store store = session().getStore(box.security() == MailInSettings.Security.SSL ? "imaps" : "imap");
        store.connect(box.host(), box.port(), box.user(), box.password());
        try {
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            Folder processed = existing(store, box.processedFolder());
            Folder errors = existing(store, box.errorsFolder());
            boolean idle = box.idle() && store instanceof IMAPStore imap && imap.hasCapability("IDLE");
            boolean move = store instanceof IMAPStore imap && imap.hasCapability("MOVE");
            inbox = folder;
            // A mail announced while the reader starts to wait (after its last count, as IDLE begins) would wait
            // for the watchdog: the announcement itself ends the wait.
            folder.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent event) {
                    wakeUp();
                }
            });
            if (lastProblem != null) {
                LOG.info(() -> "Mailbox " + box + ": reading again");
                lastProblem = null;
            }
            // The lease is checked before every pass: a reader that lost it (a server that stalled beyond its
            // expiry) reads nothing more, since another one may be reading now.
            boolean held = false;
            while (running && leases.acquire(box.code(), holder, LEASE)) {
                held = true;
                retries(store, folder, errors, move);
                drain(folder, processed, errors, move);
                if (idle) {
                    idle((IMAPFolder) folder);
                } else {
                    pause(box.pollInterval().compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : box.pollInterval());
                }
            }
            return held;
        } finally {
            inbox = null;
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing mailbox " + box.code(), e);
            }
        }
    }

    private Session session() {
        Properties p = new Properties();
        for (String protocol : List.of("imap", "imaps")) {
            p.put("mail." + protocol + ".connectiontimeout", "10000");
            // Longer than a wait in IDLE, which the watchdog ends every LONGEST_WAIT.
            p.put("mail." + protocol + ".timeout", String.valueOf(LONGEST_WAIT.multipliedBy(4).toMillis()));
            p.put("mail." + protocol + ".writetimeout", "60000");
            p.put("mail." + protocol + ".peek", "true");
            p.put("mail." + protocol + ".partialfetch", "false");
        }
        if (box.security() == MailInSettings.Security.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        return Session.getInstance(p);
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("The folder " + name + " cannot be created");
        }
        return folder;
    }

    /** Waits in IDLE until the server announces a change, or the watchdog ends the wait to renew the lease. */
    private void idle(IMAPFolder folder) throws MessagingException {
        ScheduledFuture<?> alarm = watchdog.schedule(this::wakeUp, LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            folder.idle(true);
        } finally {
            alarm.cancel(false);
        }
    }

    /** Ends the wait of this reader, if it reads {@code mailbox}: something is to be done there now. */
    void wakeUpFor(String mailbox) {
        if (box.code().equals(mailbox)) {
            synchronized (pause) {
                wakeRequested = true;
                pause.notifyAll();
            }
            wakeUp();
        }
    }

    /** Ends an IDLE: a command on the folder from another thread does (and waits until the IDLE has ended). */
    private void wakeUp() {
        Folder folder = inbox;
        if (folder instanceof IMAPFolder imap) {
            watchdog.execute(() -> {
                try {
                    imap.doCommand(protocol -> null);
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.FINE, "Waking mailbox " + box.code(), e);
                }
            });
        }
    }

    // ---------------------------------------------------------------- reading

    private enum Handled {
        RECORDED, UNREADABLE, BLOCKED
    }

    private void drain(Folder folder, Folder processed, Folder errors, boolean move) throws MessagingException {
        // The lease is renewed before every batch too: a long backlog must not let it expire under the reader.
        while (running && leases.acquire(box.code(), holder, LEASE)) {
            int count = freshCount(folder);
            if (count == 0) {
                return;
            }
            Message[] batch = folder.getMessages(1, Math.min(count, BATCH));
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.SIZE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(batch, profile);
            List<Message> recorded = new ArrayList<>();
            List<Message> unreadable = new ArrayList<>();
            RuntimeException blocked = null;
            int prefetchedUpTo = -1;
            for (int i = 0; i < batch.length; i++) {
                Message message = batch[i];
                if (!running || message.isExpunged()) {
                    continue;
                }
                if (i > prefetchedUpTo) {
                    prefetchedUpTo = prefetch(folder, batch, i);
                }
                try {
                    Handled handled = handle(message);
                    (handled == Handled.RECORDED ? recorded : unreadable).add(message);
                } catch (RuntimeException e) {
                    blocked = e;
                    break;
                }
            }
            moveAll(folder, recorded, processed, move);
            moveAll(folder, unreadable, errors, move);
            if (!recorded.isEmpty() || !unreadable.isEmpty()) {
                // Selected again after the moves: some servers (GreenMail among them) announce no EXPUNGE for mails
                // moved out, which would leave this session's message numbers pointing at mails no longer there.
                folder.close(false);
                folder.open(Folder.READ_WRITE);
            }
            if (blocked != null) {
                throw blocked;
            }
            if (recorded.isEmpty() && unreadable.isEmpty()) {
                return;
            }
        }
    }

    /**
     * Fetches whole the mails from {@code from} on, up to {@link #PREFETCH_BYTES} in all, in one command rather than
     * one round trip each. A mail over the size limit is not fetched (it is set aside by its size).
     *
     * @return the index of the last mail fetched (or looked at)
     */
    private int prefetch(Folder folder, Message[] batch, int from) throws MessagingException {
        List<Message> chunk = new ArrayList<>();
        long bytes = 0;
        int last = from;
        for (int i = from; i < batch.length; i++) {
            int size = batch[i].getSize();
            if (!chunk.isEmpty() && bytes + Math.max(size, 0) > PREFETCH_BYTES) {
                break;
            }
            last = i;
            if (size >= 0 && size <= maxBytes) {
                chunk.add(batch[i]);
                bytes += size;
            }
        }
        if (!chunk.isEmpty()) {
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(chunk.toArray(Message[]::new), whole);
        }
        return last;
    }

    /**
     * The inbox's message count as the server has it now: an open folder's count is what the server last announced,
     * and a mail moved in from another folder (a retry) is announced only in the answer to the next command.
     */
    private static int freshCount(Folder folder) throws MessagingException {
        if (folder instanceof IMAPFolder imap) {
            imap.doCommand(protocol -> {
                protocol.noop();
                return null;
            });
        }
        return folder.getMessageCount();
    }

    private Handled handle(Message message) throws MessagingException {
        long size = message.getSize();
        if (size > maxBytes) {
            receiver.unreadable(box.code(), headerId(message, null), sender(message), subject(message), size,
                    "The mail is " + megabytes(size) + ", over the limit of " + megabytes(maxBytes)
                            + " (helpdesk.mail.in.max-mb).");
            return Handled.UNREADABLE;
        }
        byte[] raw = raw(message);
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MailParser.UnreadableMailException e) {
            receiver.unreadable(box.code(), headerId(message, raw), sender(message), subject(message), raw.length,
                    e.getMessage());
            return Handled.UNREADABLE;
        }
        try {
            receiver.receive(box.code(), mail);
            failures.remove(mail.messageId());
            return Handled.RECORDED;
        } catch (RuntimeException e) {
            int attempts = failures.merge(mail.messageId(), 1, Integer::sum);
            if (attempts < ATTEMPTS_BEFORE_ERRORS_FOLDER) {
                throw e;
            }
            // The same mail failed again and again: put it aside so that the mails behind it get through. If the
            // database is down this fails too, and the mail stays where it is.
            receiver.unreadable(box.code(), mail.messageId(), mail.fromAddress(), mail.subject(), raw.length,
                    "It could not be recorded (" + attempts + " attempts): " + rootCause(e));
            failures.remove(mail.messageId());
            return Handled.UNREADABLE;
        }
    }

    private byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("The mail cannot be fetched: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void moveAll(Folder from, List<Message> messages, Folder to, boolean move) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Message[] array = messages.toArray(Message[]::new);
        from.setFlags(array, new Flags(Flags.Flag.SEEN), true);
        if (move) {
            ((IMAPFolder) from).moveMessages(array, to);
        } else {
            from.copyMessages(array, to);
            from.setFlags(array, new Flags(Flags.Flag.DELETED), true);
            if (from instanceof IMAPFolder imap) {
                imap.expunge(array);
            } else {
                from.expunge();
            }
        }
    }

    /** Moves the mails an administrator asked to read again from the errors folder back to the inbox. */
    private void retries(Store store, Folder inbox, Folder errors, boolean move) throws MessagingException {
        List<MailReceiver.RetryRequest> requests = receiver.retriesRequested(box.code());
        if (requests.isEmpty()) {
            return;
        }
        errors.open(Folder.READ_WRITE);
        try {
            Message[] all = errors.getMessages();
            for (MailReceiver.RetryRequest request : requests) {
                List<Message> found = new ArrayList<>();
                for (Message message : all) {
                    if (!message.isExpunged() && request.messageId().equals(headerId(message, null))
                            || !message.isExpunged() && request.messageId().equals(contentId(message))) {
                        found.add(message);
                    }
                }
                moveAll(errors, found, inbox, move);
                receiver.retried(request.errorId());
            }
        } finally {
            errors.close(false);
        }
    }

    // ---------------------------------------------------------------- what a mail that cannot be read is listed as

    /** The mail's Message-ID, or one made from its bytes when it has none. */
    private String headerId(Message message, byte[] raw) throws MessagingException {
        String id = MailParser.firstId(first(message.getHeader("Message-ID")));
        if (id != null) {
            return id;
        }
        return raw == null ? contentId(message) : contentId(raw);
    }

    private String contentId(Message message) throws MessagingException {
        if (message.getSize() > maxBytes * 2) {
            return "unfetched@unreadable.helpdesk";
        }
        return contentId(raw(message));
    }

    private static String contentId(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@unreadable.helpdesk";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String sender(Message message) {
        try {
            return message.getFrom() != null && message.getFrom().length > 0
                    && message.getFrom()[0] instanceof InternetAddress a ? a.getAddress() : null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(Message message) {
        try {
            return MailParser.clean(message.getSubject());
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
