package org.helpdesk.benchmark;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Management operations on the benchmark server: its heap, a garbage collection, any operation's result. */
final class ServerOperations {

    private ServerOperations() {
    }

    /** @return a new operation named {@code name}, to be given an address and parameters */
    static ModelNode op(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        return op;
    }

    /** @return the operation's result; an operation that failed is an error of the benchmark */
    static ModelNode result(ManagementClient management, ModelNode op) throws IOException {
        ModelNode answer = management.getControllerClient().execute(op);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(op + " failed: " + answer);
        }
        return answer.get("result");
    }

    /** @return the server's heap: used, committed, max */
    static ModelNode heap(ManagementClient management) throws IOException {
        ModelNode read = op("read-attribute");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        read.get("name").set("heap-memory-usage");
        return result(management, read);
    }

    /** @return the server's used heap in bytes right after a garbage collection */
    static long gcThenUsed(ManagementClient management) throws IOException {
        ModelNode gc = op("gc");
        gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
        result(management, gc);
        return heap(management).get("used").asLong();
    }
}
