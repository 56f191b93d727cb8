/** The floor for a short command: a bare JVM that prints one line. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
