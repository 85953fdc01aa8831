import { render } from 'preact';
import { App } from './App';
import '@/components/popup/popup.css';

render(<App />, document.getElementById('app')!);
