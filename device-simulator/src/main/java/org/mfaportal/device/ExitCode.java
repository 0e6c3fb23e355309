package org.mfaportal.device;

/** What the command line tool's exit status means; docs/device-simulator.md lists the same. */
enum ExitCode {
    OK(0),
    REFUSED(1), // the server said no: an HTTP error, or an answer not accepted
    USAGE(2), // the command line or the enrollment URI / QR code was not usable
    NOTHING_OPEN(3), // approve / deny found no open request
    UNREACHABLE(4); // no connection, or the state file could not be read or written

    final int status;

    ExitCode(int status) {
        this.status = status;
    }
}
