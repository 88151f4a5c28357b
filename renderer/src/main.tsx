import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@fontsource-variable/inter/index.css';
import './app.css';
import { createRoot } from 'react-dom/client';
import { AppDb } from './db/db';
import { selectHost } from './host/select-host';
import { Root } from './Root';

const db = new AppDb();
const host = selectHost(window);

createRoot(document.getElementById('root')!).render(<Root db={db} host={host} />);
